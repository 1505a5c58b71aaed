// Layout of expressions (see formatter.hpp): fixed spacing (`a == b`,
// `x?.y`, `not a`), parentheses where the author wrote them and wherever
// precedence needs them, and `and`/`or` as the places a long condition
// breaks. Long left-leaning chains (`a + b + …`, `a.b.c…`) are walked in a
// loop, not by recursion, so no input can exhaust the stack.
#include <climits>

#include "dsl/format/formatter.hpp"
#include "dsl/format/string_escape.hpp"

namespace charter::dsl::format_detail {

using ast::BinaryOp;
using ast::ExprId;

namespace {

constexpr int kNestedChain = 2;  // a chain of the other logical operator inside a chain

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

Prec binary_prec(BinaryOp op) {
  switch (op) {
    case BinaryOp::Or: return Prec::Or;
    case BinaryOp::And: return Prec::And;
    case BinaryOp::Coalesce: return Prec::Coalesce;
    case BinaryOp::Add:
    case BinaryOp::Sub: return Prec::Add;
    case BinaryOp::Mul:
    case BinaryOp::Div:
    case BinaryOp::Mod: return Prec::Mul;
    default: return Prec::Compare;
  }
}

bool is_postfix(const ast::ExprNode& node) {
  return std::holds_alternative<ast::MemberExpr>(node) ||
         std::holds_alternative<ast::IndexExpr>(node) ||
         std::holds_alternative<ast::CallExpr>(node);
}

Prec precedence(const ast::ExprNode& node) {
  if (std::holds_alternative<ast::IfExpr>(node)) return Prec::If;
  if (const auto* b = std::get_if<ast::BinaryExpr>(&node)) return binary_prec(b->op);
  if (const auto* u = std::get_if<ast::UnaryExpr>(&node)) {
    return u->op == ast::UnaryOp::Not ? Prec::Not : Prec::Unary;
  }
  if (std::holds_alternative<ast::RangeExpr>(node)) return Prec::Range;
  return is_postfix(node) ? Prec::Postfix : Prec::Primary;
}

// The places of a binary operator's operands (see the grammar's levels):
// `and`, `or`, `??` and arithmetic associate left; comparisons not at all.
std::pair<Prec, Prec> operand_places(BinaryOp op) {
  const Prec p = binary_prec(op);
  if (p == Prec::Compare) return {Prec::Coalesce, Prec::Coalesce};
  if (p == Prec::Coalesce) return {Prec::Coalesce, Prec::Range};
  return {p, static_cast<Prec>(static_cast<int>(p) + 1)};
}

ExprId postfix_object(const ast::ExprNode& node) {
  if (const auto* m = std::get_if<ast::MemberExpr>(&node)) return m->object;
  if (const auto* i = std::get_if<ast::IndexExpr>(&node)) return i->object;
  return std::get<ast::CallExpr>(node).callee;
}

}  // namespace

Doc Formatter::expr(ExprId id, Prec context, int chain_indent) {
  if (!id) return {};
  const ast::Expr& e = module_.expr(id);
  if (!e.parenthesized && precedence(e.node) >= context) return expr_node(e, chain_indent);
  // A broken condition inside parentheses continues under its first operand.
  Doc doc = e.parenthesized ? Doc::text("(", e.span.begin, e.span.begin + 1) : Doc::text("(");
  doc += Doc::align(expr_node(e, 0));
  doc += e.parenthesized ? Doc::text(")", e.span.end - 1, e.span.end) : Doc::text(")");
  return doc;
}

Doc Formatter::condition(ExprId id) { return Doc::indent(kContinuation, expr(id, Prec::If, 0)); }

Doc Formatter::expr_node(const ast::Expr& e, int chain_indent) {
  const auto text = [&](std::string s) {
    return Doc::text(std::move(s), e.span.begin, e.span.end);
  };
  // Numbers, durations, dates and times keep the spelling of their author.
  const auto literal = [&](const auto&) { return text(std::string(source_.literal(e))); };
  return std::visit(
      Overloaded{
          [&](const ast::NumberLit& n) { return literal(n); },
          [&](const ast::DurationLit& d) { return literal(d); },
          [&](const ast::DateLit& d) { return literal(d); },
          [&](const ast::DateTimeLit& d) { return literal(d); },
          [&](const ast::TimeOfDayLit& t) { return literal(t); },
          [&](const ast::BoolLit& b) { return text(b.value ? "true" : "false"); },
          [&](const ast::NullLit&) { return text("null"); },
          [&](const ast::StringLit& s) { return text(string_literal(s)); },
          [&](const ast::NameExpr& n) { return text(n.name); },
          [&](const ast::MemberExpr&) { return postfix_chain(e); },
          [&](const ast::IndexExpr&) { return postfix_chain(e); },
          [&](const ast::CallExpr&) { return postfix_chain(e); },
          [&](const ast::UnaryExpr& u) { return unary(e, u); },
          [&](const ast::BinaryExpr& b) { return binary(b, chain_indent); },
          [&](const ast::IfExpr& i) { return conditional(e, i); },
          [&](const ast::ListExpr& l) { return brackets(e, '[', l.items, ']'); },
          [&](const ast::SetExpr& s) { return brackets(e, '{', s.items, '}'); },
          [&](const ast::RecordExpr& r) { return record(e, r); },
          [&](const ast::RangeExpr& r) {
            Doc doc = expr(r.low, Prec::Add);
            doc += "..";
            doc += expr(r.high, Prec::Add);
            return doc;
          },
          [&](const ast::QuantifierExpr& q) {
            static constexpr const char* kNames[] = {"any(", "all(", "count("};
            return text(kNames[static_cast<int>(q.kind)] + q.variable.text + " in " +
                        flat(q.collection) + ": " + flat(q.condition) + ")");
          },
      },
      e.node);
}

Doc Formatter::unary(const ast::Expr& e, const ast::UnaryExpr& u) {
  const bool is_not = u.op == ast::UnaryOp::Not;
  const uint32_t at = source_.past_parentheses(e.span.begin);
  Doc doc = Doc::text(is_not ? "not " : "-", at, at + (is_not ? 3 : 1));
  doc += expr(u.operand, is_not ? Prec::Not : Prec::Unary);
  return doc;
}

// `if c then a else b` on one line, or `then` and `else` on lines of their own.
Doc Formatter::conditional(const ast::Expr& e, const ast::IfExpr& i) {
  Doc doc = Doc::text("if ", e.span.begin, e.span.begin + 1);
  doc += expr(i.condition);
  Doc branches = Doc::line();
  branches += "then ";
  branches += expr(i.then_branch);
  branches += Doc::line();
  branches += "else ";
  branches += expr(i.else_branch);
  doc += Doc::indent(kIndent, std::move(branches));
  return Doc::group(std::move(doc));
}

// `a.b?.c[i](x)`: the object at the bottom of the chain, then each step.
Doc Formatter::postfix_chain(const ast::Expr& e) {
  std::vector<const ast::Expr*> steps{&e};
  for (;;) {
    const ast::Expr& object = module_.expr(postfix_object(steps.back()->node));
    if (object.parenthesized || !is_postfix(object.node)) break;
    steps.push_back(&object);
  }
  const ExprId base = postfix_object(steps.back()->node);
  Doc doc = expr(base, Prec::Postfix);
  uint32_t object_end = module_.expr(base).span.end;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
    const ast::Expr& step = **it;
    if (const auto* m = std::get_if<ast::MemberExpr>(&step.node)) {
      doc += Doc::text((m->optional_chain ? "?." : ".") + m->member.text, m->member.span.begin,
                       m->member.span.end);
    } else if (const auto* i = std::get_if<ast::IndexExpr>(&step.node)) {
      doc += "[";
      doc += flat_doc(i->index);
      const uint32_t close = source_.skip_to_closing(module_.expr(i->index).span.end);
      doc += Doc::text("]", close, close + 1);
    } else {
      doc += call_args(std::get<ast::CallExpr>(step.node), object_end);
    }
    object_end = step.span.end;
  }
  return doc;
}

// Operators of one level that associate left are printed from the flat list
// of their operands; `and`/`or` chains can break before each operator.
Doc Formatter::binary(const ast::BinaryExpr& b, int chain_indent) {
  std::vector<const ast::BinaryExpr*> links{&b};
  const Prec level = binary_prec(b.op);
  while (level != Prec::Compare) {
    const ast::Expr& lhs = module_.expr(links.back()->lhs);
    const auto* inner = std::get_if<ast::BinaryExpr>(&lhs.node);
    if (lhs.parenthesized || inner == nullptr || binary_prec(inner->op) != level) break;
    links.push_back(inner);
  }
  const bool logical = level == Prec::Or || level == Prec::And;
  const auto [left, right] = operand_places(b.op);
  ExprId previous = links.back()->lhs;
  Doc doc = expr(previous, left, kNestedChain);
  bool comment_at_break = false;
  for (auto it = links.rbegin(); it != links.rend(); ++it) {
    const ast::BinaryExpr& link = **it;
    std::string op(ast::to_string(link.op));
    if (logical) {
      // A comment before or after `and`/`or` keeps its place only on a broken chain.
      comment_at_break = comment_at_break || gap_has_comment(module_.expr(previous).span.end,
                                                             module_.expr(link.rhs).span.begin);
      doc += Doc::line();
    } else {
      op.insert(op.begin(), ' ');
    }
    op += ' ';
    doc += Doc::text(std::move(op), link.op_span.begin, link.op_span.end);
    doc += expr(link.rhs, right, kNestedChain);
    previous = link.rhs;
  }
  if (!logical) return doc;
  return Doc::group(Doc::indent(chain_indent, std::move(doc)), comment_at_break);
}

std::string Formatter::flat(ExprId id, Prec context) {
  const bool was_flat = flat_mode_;
  flat_mode_ = true;
  const Doc doc = expr(id, context);
  flat_mode_ = was_flat;
  std::string out;
  for (const DocLine& line : render(doc, 0, INT_MAX / 2)) out += line.text;
  return out;
}

Doc Formatter::flat_doc(ExprId id, Prec context) {
  if (!id) return {};
  const Span span = module_.expr(id).span;
  return Doc::text(flat(id, context), span.begin, span.end);
}

bool Formatter::gap_has_comment(uint32_t begin, uint32_t end) const {
  return !flat_mode_ && source_.has_comment(begin, end);
}

std::string Formatter::string_literal(const ast::StringLit& s) {
  std::string out = "\"";
  for (const ast::StringPart& part : s.parts) {
    if (part.expr) {
      out += '{' + flat(part.expr) + '}';
    } else {
      append_escaped(out, part.text);
    }
  }
  return out + '"';
}

}  // namespace charter::dsl::format_detail
