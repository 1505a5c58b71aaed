#include "dsl/ast/ast.hpp"

namespace charter::dsl::ast {

std::string QualifiedName::joined() const {
  std::string out;
  for (const Name& part : parts) {
    if (!out.empty()) out += '.';
    out += part.text;
  }
  return out;
}

std::string StringLit::plain_text() const {
  std::string out;
  for (const StringPart& part : parts) {
    if (!part.expr) out += part.text;
  }
  return out;
}

ExprId Module::add(Expr expr) {
  exprs.push_back(std::move(expr));
  return ExprId{static_cast<uint32_t>(exprs.size() - 1)};
}

TypeRefId Module::add(TypeRef type) {
  types.push_back(std::move(type));
  return TypeRefId{static_cast<uint32_t>(types.size() - 1)};
}

TableId Module::add(Table table) {
  tables.push_back(std::move(table));
  return TableId{static_cast<uint32_t>(tables.size() - 1)};
}

std::string_view to_string(BinaryOp op) {
  switch (op) {
    case BinaryOp::Or: return "or";
    case BinaryOp::And: return "and";
    case BinaryOp::Eq: return "==";
    case BinaryOp::Ne: return "!=";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    case BinaryOp::In: return "in";
    case BinaryOp::NotIn: return "not in";
    case BinaryOp::Coalesce: return "??";
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Mod: return "%";
  }
  return "?";
}

std::string_view to_string(HitPolicy policy) {
  switch (policy) {
    case HitPolicy::Unique: return "unique";
    case HitPolicy::Any: return "any";
    case HitPolicy::First: return "first";
    case HitPolicy::Priority: return "priority";
    case HitPolicy::OutputOrder: return "output_order";
    case HitPolicy::RuleOrder: return "rule_order";
    case HitPolicy::Collect: return "collect";
    case HitPolicy::CollectSum: return "collect sum";
    case HitPolicy::CollectMin: return "collect min";
    case HitPolicy::CollectMax: return "collect max";
    case HitPolicy::CollectCount: return "collect count";
  }
  return "?";
}

std::string_view to_string(GateRule::Verdict verdict) {
  switch (verdict) {
    case GateRule::Verdict::Deny: return "deny";
    case GateRule::Verdict::Review: return "review";
    case GateRule::Verdict::Allow: return "allow";
    case GateRule::Verdict::NotRequested: return "not_requested";
  }
  return "?";
}

}  // namespace charter::dsl::ast
