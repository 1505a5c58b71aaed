// AST building for types, decision tables and rules (see ast_builder.hpp).
#include <array>
#include <optional>
#include <string>

#include "base/check.hpp"
#include "dsl/diag/suggest.hpp"
#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/ast_builder.hpp"

namespace charter::dsl::parse_detail {

namespace g = grammar;
using ast::ExprId;

ast::TypeRefId AstBuilder::type(const Node& node) {
  // node: type (a record or named type, then an optional mark), or named_type.
  const Node& shape = node.is_type<g::type>() ? *node.children.front() : node;
  ast::TypeRef built;
  built.span = span(node);
  built.optional = child_of<g::optional_mark>(node) != nullptr;
  if (shape.is_type<g::record_type>()) {
    built.kind = ast::TypeRef::Kind::Record;
    for (const auto& field_node : shape.children) built.fields.push_back(field(*field_node));
    return module_.add(std::move(built));
  }
  built.kind = ast::TypeRef::Kind::Named;
  built.name.span = span(shape);
  for (const auto& part : shape.children) {
    if (part->is_type<g::type_args>()) {
      built.kind = ast::TypeRef::Kind::Generic;
      for (const auto& arg : part->children) built.args.push_back(type(*arg));
    } else {
      built.name.parts.push_back(name(*part));
      built.name.span.end = span(*part).end;
    }
  }
  return module_.add(std::move(built));
}

ast::FieldDecl AstBuilder::field(const Node& node) {
  ast::FieldDecl built;
  built.span = span(node);
  const Node& key = *node.children[0];
  if (key.is_type<g::string_lexeme>()) {
    const ExprId key_expr = string_literal(key);
    require_plain(key_expr, "a field name");
    const auto& literal = std::get<ast::StringLit>(module_.expr(key_expr).node);
    built.name = {literal.plain_text(), span(key)};
    built.quoted = true;
  } else {
    built.name = name(key);
  }
  built.type = type(*node.children[1]);
  if (const Node* default_value = child_of<g::field_default>(node)) {
    built.default_value = expr(*default_value->children.front());
  }
  return built;
}

namespace {

struct HitPolicyName {
  std::string_view text;
  ast::HitPolicy policy;
};
constexpr std::array<HitPolicyName, 11> kHitPolicies = {{
    {"unique", ast::HitPolicy::Unique},
    {"any", ast::HitPolicy::Any},
    {"first", ast::HitPolicy::First},
    {"priority", ast::HitPolicy::Priority},
    {"output_order", ast::HitPolicy::OutputOrder},
    {"rule_order", ast::HitPolicy::RuleOrder},
    {"collect", ast::HitPolicy::Collect},
    {"collect sum", ast::HitPolicy::CollectSum},
    {"collect min", ast::HitPolicy::CollectMin},
    {"collect max", ast::HitPolicy::CollectMax},
    {"collect count", ast::HitPolicy::CollectCount},
}};

std::string counted(size_t count, std::string_view thing) {
  return std::to_string(count) + " " + std::string(thing) + (count == 1 ? "" : "s");
}

std::optional<double> number_value(const ast::Module& module, ast::ExprId id) {
  if (!id) return std::nullopt;
  const ast::Expr& e = module.expr(id);
  if (const auto* number = std::get_if<ast::NumberLit>(&e.node)) return number->value;
  const auto* unary = std::get_if<ast::UnaryExpr>(&e.node);
  if (unary != nullptr && unary->op == ast::UnaryOp::Negate) {
    if (const auto inner = number_value(module, unary->operand)) return -*inner;
  }
  return std::nullopt;
}

}  // namespace

// A row with more or fewer cells than the header has columns. The message
// names only the side that differs, so that it reads as the fix.
void AstBuilder::report_row_arity(const ast::TableRow& row, const ast::Table& table, Span header) {
  const bool inputs = row.inputs.size() != table.inputs.size();
  const bool outputs = row.outputs.size() != table.outputs.size();
  std::string message = "this row has ";
  if (inputs && outputs) {
    message += std::to_string(row.inputs.size()) + " input and " +
               counted(row.outputs.size(), "output cell") + ", but the table has " +
               counted(table.inputs.size(), "input column") + " and " +
               counted(table.outputs.size(), "output column");
  } else if (inputs) {
    message += counted(row.inputs.size(), "input cell") + ", but the table has " +
               counted(table.inputs.size(), "input column");
  } else {
    message += counted(row.outputs.size(), "output cell") + ", but the table has " +
               counted(table.outputs.size(), "output column");
  }
  auto& diag = sink_.emit(DiagKind::TableRowArity, row.span, std::move(message));
  diag.help = "give every row one cell per column; `-` matches any value";
  diag.notes.push_back({header, "the columns are named here"});
}

void AstBuilder::check_range(ExprId low, ExprId high, Span at) {
  const auto from = number_value(module_, low);
  const auto to = number_value(module_, high);
  if (!from || !to || *from <= *to) return;
  sink_.emit(DiagKind::InvalidRange, at,
             "range `" + std::string(file_.slice(at)) + "` is empty: it starts above its end")
      .help = "write the smaller number first, as in `0..10`";
}

void AstBuilder::require_plain(ExprId string, std::string_view what) {
  const ast::Expr& e = module_.expr(string);
  const auto& literal = std::get<ast::StringLit>(e.node);
  if (literal.is_plain()) return;
  sink_.emit(DiagKind::UnexpectedToken, e.span, std::string(what) + " cannot interpolate values")
      .help = "write it as plain text; `\\{` writes a literal brace";
}

ast::TableId AstBuilder::table(const Node& node) {
  ast::Table built;
  built.span = span(node);
  Span header_span = built.span;
  for (const auto& part : node.children) {
    if (part->is_type<g::hit_policy>()) {
      std::string written;
      for (const auto& word : part->children) {
        if (!written.empty()) written += ' ';
        written += text(*word);
      }
      built.policy_span = span(*part);
      bool known = false;
      for (const auto& entry : kHitPolicies) {
        if (entry.text == written) {
          built.policy = entry.policy;
          known = true;
        }
      }
      if (!known) {
        std::vector<std::string_view> names;
        for (const auto& entry : kHitPolicies) names.push_back(entry.text);
        auto& diag = sink_.emit(DiagKind::InvalidHitPolicy, span(*part),
                                "unknown hit policy `" + written + "`");
        const auto suggestion = closest_match(written, names);
        diag.help = suggestion ? "did you mean `" + std::string(*suggestion) + "`?"
                               : std::string("the hit policies are unique (the default), any, "
                                             "first, priority, output_order, rule_order and "
                                             "collect with optional sum, min, max or count");
      }
    } else if (part->is_type<g::table_header>()) {
      header_span = span(*part);
      for (const auto& column : part->children) {
        if (column->is_type<g::table_input>()) {
          built.inputs.push_back(expr(*column->children.front()));
        } else {
          built.outputs.push_back(name(*column));
        }
      }
    } else {
      CHARTER_CHECK(part->is_type<g::table_row>(), "unknown table part");
      ast::TableRow row;
      row.span = span(*part);
      for (const auto& item : part->children) {
        if (item->is_type<g::label>()) {
          row.label = name(*item);
        } else if (item->is_type<g::output_cell>()) {
          row.outputs.push_back(expr(*item->children.front()));
        } else if (item->is_type<g::because_clause>()) {
          row.reason = reason(item.get());
        } else {
          row.inputs.push_back(cell(*item));
        }
      }
      if (row.inputs.size() != built.inputs.size() || row.outputs.size() != built.outputs.size()) {
        report_row_arity(row, built, header_span);
      }
      built.rows.push_back(std::move(row));
    }
  }
  return module_.add(std::move(built));
}

ast::Cell AstBuilder::cell(const Node& node) {
  ast::Cell built;
  built.span = span(node);
  if (node.is_type<g::wildcard_cell>()) {
    built.kind = ast::Cell::Kind::Any;
  } else if (node.is_type<g::negated_cell>()) {
    built = cell(*node.children.back());
    if (built.kind == ast::Cell::Kind::Any || built.negated) {
      sink_.emit(DiagKind::InvalidCell, span(node),
                 built.negated ? "a cell cannot be negated twice" : "`not -` matches nothing")
          .help = "write the values the cell should not match: `not {Spam, Unknown}`";
    }
    built.negated = true;
    built.span = span(node);
  } else if (node.is_type<g::compare_cell>()) {
    built.kind = ast::Cell::Kind::Compare;
    const Node& op = *node.children.front();
    built.compare = op.is_type<g::op_lt>()   ? ast::BinaryOp::Lt
                    : op.is_type<g::op_le>() ? ast::BinaryOp::Le
                    : op.is_type<g::op_gt>() ? ast::BinaryOp::Gt
                    : op.is_type<g::op_ge>() ? ast::BinaryOp::Ge
                    : op.is_type<g::op_ne>() ? ast::BinaryOp::Ne
                                             : ast::BinaryOp::Eq;
    built.value = expr(*node.children.back());
  } else if (node.is_type<g::range_low_open_cell>()) {
    built.kind = ast::Cell::Kind::Range;
    built.high = expr(*node.children.back());
  } else if (node.is_type<g::set_cell>()) {
    built.kind = ast::Cell::Kind::Set;
    built.items = exprs(node);
  } else {
    CHARTER_CHECK(node.is_type<g::value_cell>(), "unknown cell node");
    const ExprId value = expr(*node.children.front());
    if (child_of<g::dotdot>(node) == nullptr) {
      built.kind = ast::Cell::Kind::Equal;
      built.value = value;
    } else {
      built.kind = ast::Cell::Kind::Range;
      built.low = value;
      if (const Node* high = child_of<g::range_high>(node)) {
        built.high = expr(*high->children.front());
        check_range(built.low, built.high, built.span);
      }
    }
  }
  return built;
}

ExprId AstBuilder::reason(const Node* because_clause) {
  if (because_clause == nullptr) return {};
  return string_literal(*because_clause->children.front());
}

ast::Outcome AstBuilder::outcome(const Node& node) {
  ast::Outcome built;
  built.span = span(node);
  if (node.is_type<g::table_expr>()) {
    built.table = table(node);
  } else {
    built.expr = expr(node);
  }
  return built;
}

ast::Rule AstBuilder::rule(const Node& node) {
  // node: decision_rule (an optional label, then the rule) or expression_body.
  ast::Rule built;
  built.span = span(node);
  const Node* body = &node;
  if (node.is_type<g::decision_rule>()) {
    if (const Node* label = child_of<g::label>(node)) built.label = name(*label);
    body = node.children.back().get();
  }
  size_t next = 0;
  if (body->is_type<g::when_rule>()) {
    built.kind = ast::Rule::Kind::When;
    built.condition = expr(*body->children[next++]);
  } else if (body->is_type<g::fallback_rule>()) {
    built.kind = ast::Rule::Kind::Fallback;
  } else {
    built.kind = ast::Rule::Kind::Otherwise;
  }
  built.outcome = outcome(*body->children[next]);
  built.reason = reason(child_of<g::because_clause>(*body));
  return built;
}

std::vector<ast::Rule> AstBuilder::rules(const Node& block) {
  // block: rule_block (many rules) or expression_body (one Otherwise rule).
  if (block.is_type<g::expression_body>()) return {rule(block)};
  std::vector<ast::Rule> built;
  for (const auto& item : block.children) built.push_back(rule(*item));
  return built;
}

}  // namespace charter::dsl::parse_detail
