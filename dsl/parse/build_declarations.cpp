// AST building for the module header and the declarations (see ast_builder.hpp).
#include <algorithm>
#include <array>

#include "base/check.hpp"
#include "dsl/diag/suggest.hpp"
#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/ast_builder.hpp"
#include "dsl/parse/literals.hpp"

namespace charter::dsl::parse_detail {

namespace g = grammar;
using ast::ExprId;

namespace {

// The metadata a `policy` header may carry, and the kind of value each takes.
enum class MetaValue { String, Date, Name };
struct MetaKey {
  std::string_view key;
  MetaValue value;
};
constexpr std::array<MetaKey, 7> kMetaKeys = {{
    {"owner", MetaValue::String},
    {"source", MetaValue::String},
    {"section", MetaValue::String},
    {"status", MetaValue::Name},
    {"reviewed", MetaValue::Date},
    {"effective", MetaValue::Date},
    {"description", MetaValue::String},
}};

bool value_fits(MetaValue wanted, const ast::ExprNode& value) {
  switch (wanted) {
    case MetaValue::String: return std::holds_alternative<ast::StringLit>(value);
    case MetaValue::Date: return std::holds_alternative<ast::DateLit>(value);
    case MetaValue::Name: return std::holds_alternative<ast::NameExpr>(value);
  }
  return false;
}

std::string_view describe(MetaValue value) {
  switch (value) {
    case MetaValue::String: return "a string in double quotes";
    case MetaValue::Date: return "a date such as 2026-06-27";
    case MetaValue::Name: return "a name such as `draft` or `approved`";
  }
  return "";
}

// Whether one of major.minor.patch is written with a leading zero (`01.2.0`),
// which semantic versioning forbids: `1.02.0` and `1.2.0` would be one version.
bool has_leading_zero(std::string_view version) {
  const std::string_view numbers = version.substr(0, version.find_first_of("-+"));
  for (size_t at = 0; at < numbers.size();) {
    const size_t dot = std::min(numbers.find('.', at), numbers.size());
    if (dot - at > 1 && numbers[at] == '0') return true;
    at = dot + 1;
  }
  return false;
}

}  // namespace

void AstBuilder::extract_comments(Node& node) {
  auto& children = node.children;
  for (auto& child : children) {
    if (child->is_type<g::line_comment>() || child->is_type<g::block_comment>()) {
      const uint32_t begin = offset(child->m_begin.data);
      const uint32_t raw_end = offset(child->m_end.data);
      uint32_t end = raw_end;
      while (end > begin && file_.text()[end - 1] == '\r') --end;
      const std::string_view body = file_.text().substr(begin, end - begin);
      module_.comments.push_back({Span{file_.id(), begin, end},
                                  child->is_type<g::block_comment>(),
                                  body.substr(0, 2) == "##"});
      comment_ends_.emplace_back(end, begin);  // without the `\r`: spans are trimmed back past it
    } else {
      extract_comments(*child);
    }
  }
  std::erase_if(children, [](const std::unique_ptr<Node>& child) {
    return child->is_type<g::line_comment>() || child->is_type<g::block_comment>();
  });
}

void AstBuilder::build(Node& root) {
  extract_comments(root);
  std::sort(module_.comments.begin(), module_.comments.end(),
            [](const ast::Comment& a, const ast::Comment& b) { return a.span.begin < b.span.begin; });
  std::sort(comment_ends_.begin(), comment_ends_.end());
  for (const auto& child : root.children) declaration(*child);
}

ast::Header AstBuilder::header(const Node& node) {
  ast::Header built;
  built.span = span(node);
  built.name = qualified_name(*node.children[0]);
  const Node& version = *node.children[1];
  const auto decoded = decode_version(text(version));
  if (!decoded) {
    sink_.emit(DiagKind::InvalidVersion, span(version),
               "version `" + std::string(text(version)) + "` has a part that is too large")
        .help = "each part of a version is a number up to 4294967295";
  }
  if (decoded && has_leading_zero(decoded->text)) {
    sink_.emit(DiagKind::InvalidVersion, span(version),
               "version `" + decoded->text + "` has a number with a leading zero")
        .help = "semantic versions write their numbers without leading zeros, as in `1.2.0`";
  }
  built.version = decoded.value_or(ast::Version{});
  built.version.span = span(version);
  std::vector<std::string_view> keys;
  for (const auto& known : kMetaKeys) keys.push_back(known.key);
  for (size_t i = 2; i < node.children.size(); ++i) {
    const Node& entry = *node.children[i];
    const Node& value = *entry.children[1];
    if (value.is_type<g::semver_lexeme>()) {
      // No entry takes a version (the module's own follows `version`); the
      // entry keeps the text as a string so that every entry has a value.
      ast::MetaEntry meta{span(entry), name(*entry.children[0]),
                          add(span(value), ast::StringLit{{{std::string(text(value)), {}, span(value)}}})};
      sink_.emit(DiagKind::MalformedHeader, span(value),
                 "`" + meta.key.text + "` cannot take a version such as `" + std::string(text(value)) + "`")
          .help = "the module's version follows `version`; write any other version as a string";
      built.entries.push_back(std::move(meta));
      continue;
    }
    ast::MetaEntry meta{span(entry), name(*entry.children[0]), expr(value)};
    const auto known = std::find_if(kMetaKeys.begin(), kMetaKeys.end(),
                                    [&](const MetaKey& k) { return k.key == meta.key.text; });
    if (known == kMetaKeys.end()) {
      auto& diag = sink_.emit(DiagKind::UnknownMetadata, meta.key.span,
                              "unknown header entry `" + meta.key.text + "`");
      const auto suggestion = closest_match(meta.key.text, keys);
      diag.help = suggestion ? "did you mean `" + std::string(*suggestion) + "`?"
                             : std::string("header entries are owner, source, section, status, "
                                           "reviewed, effective and description");
    } else if (!value_fits(known->value, module_.expr(meta.value).node)) {
      sink_.emit(DiagKind::MalformedHeader, module_.expr(meta.value).span,
                 "`" + meta.key.text + "` takes " + std::string(describe(known->value)));
    } else if (known->value == MetaValue::String) {
      require_plain(meta.value, "a header entry");
    }
    built.entries.push_back(std::move(meta));
  }
  return built;
}

ast::UseDecl AstBuilder::use(const Node& node) {
  ast::UseDecl built;
  built.path = qualified_name(*node.children[0]);
  for (size_t i = 1; i < node.children.size(); ++i) {
    const Node& part = *node.children[i];
    if (part.is_type<g::use_glob>()) {
      built.kind = ast::UseDecl::Kind::Glob;
    } else if (part.is_type<g::use_items>()) {
      built.kind = ast::UseDecl::Kind::Items;
      for (const auto& item : part.children) {
        ast::UseItem use_item{name(*item->children.front()), std::nullopt};
        if (item->children.size() > 1) use_item.alias = name(*item->children.back());
        built.items.push_back(std::move(use_item));
      }
    } else {
      CHARTER_CHECK(part.is_type<g::use_alias>(), "unknown part of a use declaration");
      built.alias = name(part);
    }
  }
  return built;
}

ast::EnumMember AstBuilder::enum_member(const Node& node) {
  ast::EnumMember built;
  built.span = span(node);
  built.name = name(*node.children.front());
  if (const Node* json = child_of<g::enum_json>(node)) {
    const ExprId value = string_literal(*json->children.front());
    const auto& literal = std::get<ast::StringLit>(module_.expr(value).node);
    built.json = literal.plain_text();
    built.json_span = span(*json->children.front());
    if (!literal.is_plain()) {
      sink_.emit(DiagKind::UnexpectedToken, *built.json_span,
                 "the JSON spelling of an enum value cannot interpolate values");
    }
  }
  if (const Node* children = child_of<g::enum_children>(node)) {
    for (const auto& child : children->children) built.children.push_back(enum_member(*child));
  }
  return built;
}

ast::DecisionDecl AstBuilder::decision(const Node& node) {
  ast::DecisionDecl built;
  built.name = name(*node.children.front());
  if (const Node* annotation = child_of<g::type_annotation>(node)) {
    built.type = type(*annotation->children.front());
  }
  const Node& body = *node.children.back();
  built.expression_form = body.is_type<g::expression_body>();
  built.rules = rules(body);
  return built;
}

ast::GateDecl AstBuilder::gate(const Node& node) {
  ast::GateDecl built;
  built.name = name(*node.children.front());
  for (size_t i = 1; i < node.children.size(); ++i) {
    const Node& rule_node = *node.children[i];
    ast::GateRule rule;
    rule.span = span(rule_node);
    if (const Node* label = child_of<g::label>(rule_node)) rule.label = name(*label);
    const Node& body = *rule_node.children.back();
    rule.fallback = body.is_type<g::gate_fallback>();
    const Node& verdict = *body.children.front();
    rule.verdict_span = span(verdict);
    rule.verdict = verdict.is_type<g::kw_deny>()     ? ast::GateRule::Verdict::Deny
                   : verdict.is_type<g::kw_review>() ? ast::GateRule::Verdict::Review
                   : verdict.is_type<g::kw_allow>()  ? ast::GateRule::Verdict::Allow
                                                     : ast::GateRule::Verdict::NotRequested;
    if (const Node* condition = child_of<g::gate_condition>(body)) {
      rule.condition = expr(*condition->children.front());
    }
    rule.reason = reason(child_of<g::because_clause>(body));
    built.rules.push_back(std::move(rule));
  }
  return built;
}

ast::ScorecardDecl AstBuilder::scorecard(const Node& node) {
  ast::ScorecardDecl built;
  built.name = name(*node.children[0]);
  built.out_of = literal(*node.children[1]);
  for (size_t i = 2; i < node.children.size(); ++i) {
    const Node& part = *node.children[i];
    if (part.is_type<g::criterion>()) {
      ast::Criterion criterion;
      criterion.span = span(part);
      criterion.name = name(*part.children[0]);
      const Node& bounds = *part.children[1];
      criterion.low = signed_number(*bounds.children.front());
      criterion.high = signed_number(*bounds.children.back());
      check_range(criterion.low, criterion.high, span(bounds));
      const Node& body = *part.children[2];
      criterion.block_form = body.is_type<g::rule_block>();
      criterion.rules = rules(body);
      built.criteria.push_back(std::move(criterion));
      continue;
    }
    CHARTER_CHECK(part.is_type<g::band_block>(), "unknown part of a scorecard");
    ast::Band band;
    band.span = span(part);
    for (const auto& item : part.children) {
      if (item->is_type<g::band_type>()) {
        band.type = type(*item->children.front());
        continue;
      }
      ast::BandEntry entry;
      entry.span = span(*item);
      for (const auto& piece : item->children) {
        if (piece->is_type<g::band_low>()) entry.low = signed_number(*piece);
        else if (piece->is_type<g::band_high>()) entry.high = signed_number(*piece);
        else if (piece->is_type<g::because_clause>()) entry.reason = reason(piece.get());
        else if (!piece->is_type<g::dotdot>()) entry.value = expr(*piece);
      }
      if (entry.low && entry.high) {
        check_range(entry.low, entry.high,
                    Span{file_.id(), module_.expr(entry.low).span.begin, module_.expr(entry.high).span.end});
      }
      band.entries.push_back(std::move(entry));
    }
    built.band = std::move(band);
  }
  return built;
}

ast::TestDecl AstBuilder::test(const Node& node) {
  ast::TestDecl built;
  built.name = string_literal(*node.children.front());
  require_plain(built.name, "a test name");
  for (size_t i = 1; i < node.children.size(); ++i) {
    const Node& clause = *node.children[i];
    const Node& body = *clause.children.front();
    if (clause.is_type<g::given_clause>()) {
      ast::Given given;
      given.span = span(clause);
      if (body.is_type<g::given_fixture>()) {
        given.kind = ast::Given::Kind::Fixture;
        given.fixture = string_literal(*body.children.front());
        require_plain(given.fixture, "a fixture path");
        if (const Node* overrides = child_of<g::fixture_overrides>(body)) {
          given.value = record(*overrides->children.front());
        }
      } else {
        given.value = record(*body.children.front());
      }
      built.items.emplace_back(std::move(given));
      continue;
    }
    ast::Expectation expectation;
    expectation.span = span(clause);
    if (body.is_type<g::expect_fired>()) {
      expectation.kind = ast::Expectation::Kind::Fired;
      expectation.rule = qualified_name(*body.children.front());
    } else if (body.is_type<g::expect_invalid>()) {
      expectation.kind = ast::Expectation::Kind::Invalid;
      expectation.field = string_literal(*body.children.front());
      require_plain(expectation.field, "the field named by `expect invalid`");
    } else {
      expectation.condition = expr(*body.children.front());
    }
    built.items.emplace_back(std::move(expectation));
  }
  return built;
}

void AstBuilder::declaration(const Node& node) {
  const Span at = span(node);
  if (node.is_type<g::header>()) {
    if (module_.header || !module_.decls.empty()) {
      sink_.emit(DiagKind::MisplacedHeader, at,
                 module_.header ? "a module has one `policy` header; this is a second"
                                : "the `policy` header must come before the declarations")
          .help = "move the header to the top of the file";
      return;
    }
    module_.header = header(node);
    return;
  }
  const auto add_decl = [&](ast::DeclNode decl) { module_.decls.push_back({at, std::move(decl)}); };
  if (node.is_type<g::use_decl>()) return add_decl(use(node));
  if (node.is_type<g::const_decl>() || node.is_type<g::let_decl>()) {
    const ast::Name declared = name(*node.children.front());
    ast::TypeRefId annotation;
    if (const Node* type_node = child_of<g::type_annotation>(node)) {
      annotation = type(*type_node->children.front());
    }
    const ExprId value = expr(*node.children.back());
    if (node.is_type<g::const_decl>()) return add_decl(ast::ConstDecl{declared, annotation, value});
    return add_decl(ast::LetDecl{declared, annotation, value});
  }
  if (node.is_type<g::enum_decl>()) {
    ast::EnumDecl built;
    built.name = name(*node.children.front());
    for (size_t i = 1; i < node.children.size(); ++i) {
      const Node& part = *node.children[i];
      if (part.is_type<g::json_style>()) built.json_style = name(part);
      else built.members.push_back(enum_member(part));
    }
    return add_decl(std::move(built));
  }
  if (node.is_type<g::record_decl>()) {
    ast::RecordDecl built;
    built.name = name(*node.children.front());
    for (size_t i = 1; i < node.children.size(); ++i) built.fields.push_back(field(*node.children[i]));
    return add_decl(std::move(built));
  }
  if (node.is_type<g::input_decl>()) {
    ast::InputDecl built;
    built.type = type(*node.children.front());
    if (const Node* condition = child_of<g::input_condition>(node)) {
      built.condition = expr(*condition->children.front());
    }
    return add_decl(built);
  }
  if (node.is_type<g::output_decl>()) return add_decl(ast::OutputDecl{record(*node.children.front())});
  if (node.is_type<g::decision_decl>()) return add_decl(decision(node));
  if (node.is_type<g::gate_decl>()) return add_decl(gate(node));
  if (node.is_type<g::scorecard_decl>()) return add_decl(scorecard(node));
  CHARTER_CHECK(node.is_type<g::test_decl>(), "unknown declaration node");
  return add_decl(test(node));
}

}  // namespace charter::dsl::parse_detail
