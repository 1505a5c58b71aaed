// AST building for expressions and literals (see ast_builder.hpp).
#include <algorithm>
#include <charconv>
#include <string>
#include <type_traits>
#include <variant>

#include "base/check.hpp"
#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/ast_builder.hpp"
#include "dsl/parse/literals.hpp"

namespace charter::dsl::parse_detail {

namespace g = grammar;
using ast::BinaryOp;
using ast::ExprId;

AstBuilder::AstBuilder(const SourceFile& file, ast::Module& module, DiagSink& sink)
    : file_(file), module_(module), sink_(sink) {}

uint32_t AstBuilder::offset(const char* position) const {
  return static_cast<uint32_t>(position - file_.text().data());
}

// A node ends after the trivia that follows its last token; the span stops
// at the end of that token. Nested nodes often share that trivia (`not not …
// x` before a thousand comment lines), so each walk back is done once per end
// offset and remembered: spans stay linear in the size of the file.
uint32_t AstBuilder::trimmed_end(uint32_t begin, uint32_t end) const {
  if (const auto cached = trimmed_ends_.find(end); cached != trimmed_ends_.end()) {
    if (cached->second >= begin) return cached->second;
  }
  const std::string_view text = file_.text();
  uint32_t at = end;
  while (at > 0) {
    const char c = text[at - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      --at;
      continue;
    }
    const auto it = std::lower_bound(comment_ends_.begin(), comment_ends_.end(),
                                     std::pair<uint32_t, uint32_t>{at, 0});
    if (it != comment_ends_.end() && it->first == at) {
      at = it->second;
      continue;
    }
    break;
  }
  trimmed_ends_.emplace(end, at);
  // Only a node that is all trivia ends before it begins; it is empty.
  return std::max(at, begin);
}

Span AstBuilder::span(const Node& node) const {
  const uint32_t begin = offset(node.m_begin.data);
  return Span{file_.id(), begin, trimmed_end(begin, offset(node.m_end.data))};
}

std::string_view AstBuilder::text(const Node& node) const { return file_.slice(span(node)); }

ast::Name AstBuilder::name(const Node& node) const {
  // `node` is a lexeme, or a rule whose first child is one.
  const Node* lexeme = &node;
  if (!node.is_type<g::identifier_lexeme>() && !node.is_type<g::word_lexeme>()) {
    CHARTER_CHECK(!node.children.empty(), "a name node without a lexeme");
    lexeme = node.children.front().get();
  }
  return ast::Name{std::string(text(*lexeme)), span(*lexeme)};
}

ast::QualifiedName AstBuilder::qualified_name(const Node& node) const {
  ast::QualifiedName result;
  result.span = span(node);
  for (const auto& part : node.children) result.parts.push_back(name(*part));
  return result;
}

namespace {

// The deepest expression tree the later phases accept. The grammar bounds
// nesting by brackets, but a flat chain such as `a + b + … + z` or
// `x.a.b.c…` becomes a left-leaning tree as deep as the chain is long, and
// the checker, the formatter and the AST printer walk trees recursively.
// A thousand levels is far beyond any policy written by hand.
constexpr uint32_t kMaxExprDepth = 1000;

template <class F>
void for_each_operand(const ast::ExprNode& node, F&& visit) {
  std::visit(
      [&](const auto& n) {
        using T = std::decay_t<decltype(n)>;
        if constexpr (std::is_same_v<T, ast::MemberExpr>) {
          visit(n.object);
        } else if constexpr (std::is_same_v<T, ast::IndexExpr>) {
          visit(n.object), visit(n.index);
        } else if constexpr (std::is_same_v<T, ast::CallExpr>) {
          visit(n.callee);
          for (const ExprId arg : n.args) visit(arg);
        } else if constexpr (std::is_same_v<T, ast::UnaryExpr>) {
          visit(n.operand);
        } else if constexpr (std::is_same_v<T, ast::BinaryExpr>) {
          visit(n.lhs), visit(n.rhs);
        } else if constexpr (std::is_same_v<T, ast::IfExpr>) {
          visit(n.condition), visit(n.then_branch), visit(n.else_branch);
        } else if constexpr (std::is_same_v<T, ast::ListExpr> || std::is_same_v<T, ast::SetExpr>) {
          for (const ExprId item : n.items) visit(item);
        } else if constexpr (std::is_same_v<T, ast::RecordExpr>) {
          for (const auto& entry : n.entries) visit(entry.value);
        } else if constexpr (std::is_same_v<T, ast::RangeExpr>) {
          visit(n.low), visit(n.high);
        } else if constexpr (std::is_same_v<T, ast::QuantifierExpr>) {
          visit(n.collection), visit(n.condition);
        } else if constexpr (std::is_same_v<T, ast::StringLit>) {
          for (const auto& part : n.parts) visit(part.expr);
        }
      },
      node);
}

}  // namespace

// Every expression node is added here, which keeps its depth: a tree deeper
// than kMaxExprDepth is reported once and cut short, so that no later phase
// recurses without bound.
ExprId AstBuilder::add(Span span, ast::ExprNode node) {
  uint32_t depth = 1;
  for_each_operand(node, [&](ExprId child) {
    if (child.valid() && child.value < expr_depths_.size()) {
      depth = std::max(depth, expr_depths_[child.value] + 1);
    }
  });
  if (depth > kMaxExprDepth) {
    if (!reported_too_deep_) {
      reported_too_deep_ = true;
      sink_.emit(DiagKind::NestingTooDeep, span,
                 "this expression is more than " + std::to_string(kMaxExprDepth) +
                     " operators deep")
          .help = "split it into named parts with `let`, or match a long list of words with a keyword list";
    }
    node = ast::NullLit{};
    depth = 1;
  }
  const ExprId id = module_.add(ast::Expr{span, std::move(node)});
  if (expr_depths_.size() <= id.value) expr_depths_.resize(id.value + 1, 1);
  expr_depths_[id.value] = depth;
  return id;
}

std::vector<ExprId> AstBuilder::exprs(const Node& node) {
  std::vector<ExprId> items;
  items.reserve(node.children.size());
  for (const auto& child : node.children) items.push_back(expr(*child));
  return items;
}

namespace {

// Whether a token of digits is at most 2^53, below which every whole number
// is a double.
bool exact_integer(std::string_view digits) {
  uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc{} && end == digits.data() + digits.size() &&
         value <= (uint64_t{1} << 53);
}

BinaryOp binary_op(const Node& op) {
  if (op.is_type<g::kw_or>()) return BinaryOp::Or;
  if (op.is_type<g::kw_and>()) return BinaryOp::And;
  if (op.is_type<g::op_coalesce>()) return BinaryOp::Coalesce;
  if (op.is_type<g::op_add>()) return BinaryOp::Add;
  if (op.is_type<g::op_sub>()) return BinaryOp::Sub;
  if (op.is_type<g::op_mul>()) return BinaryOp::Mul;
  if (op.is_type<g::op_div>()) return BinaryOp::Div;
  if (op.is_type<g::op_mod>()) return BinaryOp::Mod;
  if (op.is_type<g::op_eq>()) return BinaryOp::Eq;
  if (op.is_type<g::op_ne>()) return BinaryOp::Ne;
  if (op.is_type<g::op_lt>()) return BinaryOp::Lt;
  if (op.is_type<g::op_le>()) return BinaryOp::Le;
  if (op.is_type<g::op_gt>()) return BinaryOp::Gt;
  if (op.is_type<g::op_ge>()) return BinaryOp::Ge;
  if (op.is_type<g::in_op>()) {
    return child_of<g::kw_not>(op) != nullptr ? BinaryOp::NotIn : BinaryOp::In;
  }
  CHARTER_CHECK(false, "unknown binary operator node");
  return BinaryOp::Or;
}

}  // namespace

// Children alternate operand, operator, operand…; the chain associates left.
ExprId AstBuilder::binary_chain(const Node& node) {
  ExprId lhs = expr(*node.children.front());
  for (size_t i = 1; i + 1 < node.children.size(); i += 2) {
    const Node& op = *node.children[i];
    const ExprId rhs = expr(*node.children[i + 1]);
    const Span whole{file_.id(), module_.expr(lhs).span.begin, module_.expr(rhs).span.end};
    lhs = add(whole, ast::BinaryExpr{binary_op(op), lhs, rhs, span(op)});
  }
  return lhs;
}

ExprId AstBuilder::postfix(const Node& node) {
  ExprId object = expr(*node.children.front());
  const uint32_t begin = module_.expr(object).span.begin;
  for (size_t i = 1; i < node.children.size(); ++i) {
    const Node& op = *node.children[i];
    const Span whole{file_.id(), begin, span(op).end};
    if (op.is_type<g::member_access>() || op.is_type<g::optional_access>()) {
      object = add(whole, ast::MemberExpr{object, name(op), op.is_type<g::optional_access>()});
    } else if (op.is_type<g::index_access>()) {
      object = add(whole, ast::IndexExpr{object, expr(*op.children.front())});
    } else {
      CHARTER_CHECK(op.is_type<g::call_args>(), "unknown postfix operator node");
      object = add(whole, ast::CallExpr{object, exprs(op)});
    }
  }
  return object;
}

ExprId AstBuilder::string_literal(const Node& node) {
  ast::StringLit literal;
  for (const auto& part : node.children) {
    // Text inside a string is not a token: its trailing spaces are content.
    const Span part_span{file_.id(), offset(part->m_begin.data), offset(part->m_end.data)};
    if (part->is_type<g::interpolation>()) {
      literal.parts.push_back({{}, expr(*part->children.front()), part_span});
      continue;
    }
    std::string piece;
    if (part->is_type<g::escape>()) {
      const auto decoded = decode_escape(file_.slice(part_span));
      if (!decoded) {
        sink_.emit(DiagKind::InvalidEscape, part_span,
                   "escape `" + std::string(file_.slice(part_span)) + "` names no Unicode character")
            .help = "use a code point up to 10FFFF that is not a surrogate, like `\\u{1F600}`";
        continue;
      }
      piece = *decoded;
    } else {
      piece = std::string(file_.slice(part_span));
    }
    // Adjacent text and escapes form one part.
    if (!literal.parts.empty() && !literal.parts.back().expr) {
      literal.parts.back().text += piece;
      literal.parts.back().span.end = part_span.end;
    } else {
      literal.parts.push_back({std::move(piece), {}, part_span});
    }
  }
  return add(span(node), std::move(literal));
}

ExprId AstBuilder::literal(const Node& node) {
  const Span at = span(node);
  const std::string_view token = text(node);
  if (node.is_type<g::number_lexeme>()) {
    const auto value = decode_number(token);
    if (!value) {
      sink_.emit(DiagKind::InvalidNumber, at, "number `" + std::string(token) + "` is too large")
          .help = "numbers are double-precision, up to about 1.8e308";
    }
    const bool integer = token.find_first_of(".eE") == std::string_view::npos;
    // A whole number above 2^53 may silently become another number.
    if (value && integer && !exact_integer(token)) {
      sink_.emit(DiagKind::InvalidNumber, at,
                 "integer `" + std::string(token) + "` is too large to be kept exactly")
          .help = "numbers are double-precision: whole numbers are exact up to 9007199254740992";
    }
    return add(at, ast::NumberLit{value.value_or(0), integer});
  }
  if (node.is_type<g::duration_lexeme>()) {
    const auto ms = decode_duration_ms(token);
    if (!ms) {
      sink_.emit(DiagKind::InvalidDuration, at, "duration `" + std::string(token) + "` is too long")
          .help = "durations go up to about 292 million years";
    }
    return add(at, ast::DurationLit{ms.value_or(0)});
  }
  if (node.is_type<g::date_lexeme>()) {
    const auto date = decode_date(token);
    if (!date) {
      sink_.emit(DiagKind::InvalidDateTime, at, "`" + std::string(token) + "` is not a date")
          .help = "write a real calendar date as YYYY-MM-DD";
    }
    return add(at, date.value_or(ast::DateLit{}));
  }
  if (node.is_type<g::datetime_lexeme>()) {
    const auto instant = decode_datetime(token);
    if (!instant) {
      sink_.emit(DiagKind::InvalidDateTime, at, "`" + std::string(token) + "` is not a date-time")
          .help = "write a real instant as YYYY-MM-DDTHH:MM[:SS][.fraction] with `Z` or an offset";
    }
    return add(at, instant.value_or(ast::DateTimeLit{}));
  }
  if (node.is_type<g::time_lexeme>()) {
    const auto time = decode_time_of_day(token);
    if (!time) {
      sink_.emit(DiagKind::InvalidDateTime, at, "`" + std::string(token) + "` is not a time of day")
          .help = "write a time of day as HH:MM or HH:MM:SS, from 00:00 to 23:59:59";
    }
    return add(at, time.value_or(ast::TimeOfDayLit{}));
  }
  if (node.is_type<g::kw_true>()) return add(at, ast::BoolLit{true});
  if (node.is_type<g::kw_false>()) return add(at, ast::BoolLit{false});
  CHARTER_CHECK(node.is_type<g::kw_null>(), "unknown literal node");
  return add(at, ast::NullLit{});
}

ExprId AstBuilder::record(const Node& node) {
  ast::RecordExpr record;
  for (const auto& entry : node.children) {
    ast::RecordEntry built;
    built.span = span(*entry);
    for (const auto& part : entry->children.front()->children) {
      if (part->is_type<g::string_lexeme>()) {
        const ExprId key = string_literal(*part);
        const auto& key_string = std::get<ast::StringLit>(module_.expr(key).node);
        if (!key_string.is_plain()) {
          sink_.emit(DiagKind::UnexpectedToken, span(*part),
                     "a record key cannot interpolate values")
              .help = "write the key as plain text";
        }
        built.path.push_back({key_string.plain_text(), span(*part)});
      } else {
        built.path.push_back(name(*part));
      }
    }
    built.value = expr(*entry->children.back());
    record.entries.push_back(std::move(built));
  }
  return add(span(node), std::move(record));
}

ExprId AstBuilder::signed_number(const Node& node) {
  // node: signed_number, or band_low/band_high holding one.
  const Node* number = &node;
  while (!number->is_type<g::signed_number>()) number = number->children.front().get();
  const ExprId value = literal(*number->children.front());
  if (text(*number).front() == '-') {
    auto& literal = std::get<ast::NumberLit>(module_.exprs[value.value].node);
    literal.value = -literal.value;
    module_.exprs[value.value].span = span(*number);
  }
  return value;
}

ExprId AstBuilder::expr(const Node& node) {
  const Span at = span(node);
  if (node.is_type<g::or_expr>() || node.is_type<g::and_expr>() ||
      node.is_type<g::coalesce_expr>() || node.is_type<g::add_expr>() ||
      node.is_type<g::mul_expr>() || node.is_type<g::compare_expr>()) {
    return binary_chain(node);
  }
  if (node.is_type<g::range_expr>()) {
    return add(at, ast::RangeExpr{expr(*node.children.front()), expr(*node.children.back())});
  }
  if (node.is_type<g::not_expr>()) {
    return add(at, ast::UnaryExpr{ast::UnaryOp::Not, expr(*node.children.back())});
  }
  if (node.is_type<g::negate_expr>()) {
    return add(at, ast::UnaryExpr{ast::UnaryOp::Negate, expr(*node.children.back())});
  }
  if (node.is_type<g::postfix_expr>()) return postfix(node);
  if (node.is_type<g::paren_expr>()) {
    const ExprId inner = expr(*node.children.front());
    module_.exprs[inner.value].parenthesized = true;
    module_.exprs[inner.value].span = at;
    return inner;
  }
  if (node.is_type<g::if_expr>()) {
    return add(at, ast::IfExpr{expr(*node.children[0]), expr(*node.children[1]),
                               expr(*node.children[2])});
  }
  if (node.is_type<g::name_ref>()) return add(at, ast::NameExpr{name(node).text});
  if (node.is_type<g::input_ref>()) return add(at, ast::NameExpr{"input"});
  if (node.is_type<g::string_lexeme>()) return string_literal(node);
  if (node.is_type<g::list_expr>()) return add(at, ast::ListExpr{exprs(node)});
  if (node.is_type<g::set_expr>()) return add(at, ast::SetExpr{exprs(node)});
  if (node.is_type<g::empty_braces>()) return add(at, ast::RecordExpr{});
  if (node.is_type<g::record_expr>()) return record(node);
  if (node.is_type<g::quantifier_expr>()) {
    const Node& kind = *node.children[0];
    const ast::QuantifierKind quantifier = kind.is_type<g::kw_any>()   ? ast::QuantifierKind::Any
                                           : kind.is_type<g::kw_all>() ? ast::QuantifierKind::All
                                                                       : ast::QuantifierKind::Count;
    // children: the kind, the variable, `in`, the collection, the condition
    return add(at, ast::QuantifierExpr{quantifier, name(*node.children[1]),
                                       expr(*node.children[3]), expr(*node.children[4])});
  }
  return literal(node);
}

}  // namespace charter::dsl::parse_detail
