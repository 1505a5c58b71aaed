// Conditions and cells as formulas (conditions.hpp).
#include "compiler/analysis/conditions.hpp"

#include <algorithm>

#include "compiler/ir/operator_kinds.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::analysis {

using ir::ExprKind;
using stdlib::Value;
using stdlib::ValueKind;

std::optional<FormulaId> ConditionBuilder::value_atom(ir::ExprId subject_expr, CompareOp op, const Value& value) {
  // `flag == true` where `let flag = …`: the let's condition, as `when flag` reads it.
  const bool equality = op == CompareOp::Eq || op == CompareOp::Ne;
  if (value.kind == ValueKind::Bool && equality && let_of(program_, program_.expr(subject_expr)) != nullptr) {
    const FormulaId holds = condition(subject_expr);
    return value.as_bool() == (op == CompareOp::Eq) ? holds : model_.negate(holds);
  }
  const auto subject = value_subject(subject_expr);
  if (!subject) return std::nullopt;
  const Subject& info = model_.subject_info(*subject);
  switch (info.domain) {
    case Domain::Bool:
      if (value.kind != ValueKind::Bool || (op != CompareOp::Eq && op != CompareOp::Ne)) return std::nullopt;
      return model_.atom(*subject, ValueSet::boolean(value.as_bool() == (op == CompareOp::Eq)));
    case Domain::Enum:
      if (value.kind != ValueKind::Enum) return std::nullopt;
      return model_.atom(*subject, ValueSet::ordinal_compare(op, value.as_ordinal(), info.size));
    case Domain::Number:
    case Domain::Whole:
      if (!numeric_kind(value.kind)) return std::nullopt;
      return model_.atom(*subject, ValueSet::number_compare(info.domain, op, as_number(value)));
    case Domain::Text:
      if (value.kind != ValueKind::String || (op != CompareOp::Eq && op != CompareOp::Ne)) return std::nullopt;
      return model_.atom(*subject, ValueSet::texts({std::string(value.as_string())}, op == CompareOp::Ne));
  }
  return std::nullopt;
}

FormulaId ConditionBuilder::compare(CompareOp op, ir::ExprId lhs, ir::ExprId rhs) {
  const auto left = constant(lhs), right = constant(rhs);
  if (left && right) return model_.constant(stdlib::apply_compare(static_cast<stdlib::CompareOp>(op), *left, *right));
  if (right) {
    if (const auto f = value_atom(lhs, op, *right)) return *f;
  }
  if (left) {
    if (const auto f = value_atom(rhs, stdlib::mirrored(op), *left)) return *f;
  }
  // Two values of the event: `a < b` is one subject, `a >= b` its negation.
  const auto less = [&](ir::ExprId a, ir::ExprId b) {
    return opaque("lt:" + key(a) + "|" + key(b), "`" + source(a) + " < " + source(b) + "`");
  };
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne: {
      std::string a = key(lhs), b = key(rhs);
      if (b < a) std::swap(a, b);
      const FormulaId equal = opaque("eq:" + a + "|" + b, "`" + source(lhs) + " == " + source(rhs) + "`");
      return op == CompareOp::Eq ? equal : model_.negate(equal);
    }
    case CompareOp::Lt: return less(lhs, rhs);
    case CompareOp::Gt: return less(rhs, lhs);
    case CompareOp::Ge: return model_.negate(less(lhs, rhs));
    case CompareOp::Le: return model_.negate(less(rhs, lhs));
  }
  return model_.kTrue;
}

std::optional<ValueSet> ConditionBuilder::items_set(const Subject& subject, const Value& items) const {
  std::vector<uint32_t> ordinals;
  std::vector<Interval> points;
  std::vector<std::string> texts;
  for (uint32_t i = 0; i < items.size; ++i) {
    const Value& item = items.payload.items[i];
    switch (subject.domain) {
      case Domain::Bool:
        if (item.kind != ValueKind::Bool) return std::nullopt;
        ordinals.push_back(item.as_bool() ? 1 : 0);
        break;
      case Domain::Enum:
        if (item.kind != ValueKind::Enum) return std::nullopt;
        ordinals.push_back(item.as_ordinal());
        break;
      case Domain::Number:
      case Domain::Whole:
        if (!numeric_kind(item.kind)) return std::nullopt;
        points.push_back({as_number(item), as_number(item), true, true});
        break;
      case Domain::Text:
        if (item.kind != ValueKind::String) return std::nullopt;
        texts.emplace_back(item.as_string());
        break;
    }
  }
  switch (subject.domain) {
    case Domain::Bool: {
      const bool has_false = std::find(ordinals.begin(), ordinals.end(), 0u) != ordinals.end();
      const bool has_true = std::find(ordinals.begin(), ordinals.end(), 1u) != ordinals.end();
      if (has_false && has_true) return ValueSet::all(Domain::Bool);
      if (has_false || has_true) return ValueSet::boolean(has_true);
      return ValueSet::none(Domain::Bool);
    }
    case Domain::Enum: return ValueSet::ordinals(ordinals, subject.size);
    case Domain::Number:
    case Domain::Whole: return ValueSet::numbers(subject.domain, points);
    case Domain::Text: return ValueSet::texts(texts);
  }
  return std::nullopt;
}

FormulaId ConditionBuilder::membership(const ir::Expr& expr) {
  const bool negated = (expr.flags & ir::kNegated) != 0;
  const ir::ExprId value = expr.args[0], container = expr.args[1];
  std::optional<FormulaId> result;
  if (const auto items = constant(container); items && items->kind == ValueKind::List) {
    if (const auto subject = value_subject(value)) {
      if (auto set = items_set(model_.subject_info(*subject), *items)) result = model_.atom(*subject, std::move(*set));
    }
  }
  if (!result) {
    result = opaque("in:" + key(value) + "|" + key(container), "`" + source(value) + " in " + source(container) + "`");
  }
  return negated ? model_.negate(*result) : *result;
}

FormulaId ConditionBuilder::range(ir::ExprId value, ir::ExprId low, ir::ExprId high) {
  // One atom when both ends are constant numbers (or open).
  Interval interval;
  bool constant_ends = true;
  if (low) {
    const auto lo = constant(low);
    constant_ends = lo.has_value() && numeric_kind(lo->kind);
    if (constant_ends) interval = {as_number(*lo), kInfinity, true, false};
  }
  if (high && constant_ends) {
    const auto hi = constant(high);
    constant_ends = hi.has_value() && numeric_kind(hi->kind);
    if (constant_ends) {
      interval.high = as_number(*hi);
      interval.high_closed = true;
    }
  }
  if (constant_ends) {
    if (const auto subject = value_subject(value)) {
      const Subject& info = model_.subject_info(*subject);
      if (info.domain == Domain::Number || info.domain == Domain::Whole) {
        return model_.atom(*subject, ValueSet::numbers(info.domain, {interval}));
      }
    }
  }
  std::vector<FormulaId> parts;
  if (low) parts.push_back(compare(CompareOp::Ge, value, low));
  if (high) parts.push_back(compare(CompareOp::Le, value, high));
  return model_.all_of(std::move(parts));
}

FormulaId ConditionBuilder::condition(ir::ExprId id) {
  if (!id) return model_.kTrue;
  const ir::Expr& e = program_.expr(id);
  switch (e.kind) {
    case ExprKind::Constant: {
      const Value& value = program_.constant(ir::ConstId{e.a});
      if (value.kind == ValueKind::Bool) return model_.constant(value.as_bool());
      return truth(id);
    }
    case ExprKind::Not: return model_.negate(condition(e.args[0]));
    case ExprKind::And:
    case ExprKind::Or: {
      std::vector<FormulaId> parts;
      for (ir::ExprId arg : e.args) parts.push_back(condition(arg));
      return e.kind == ExprKind::And ? model_.all_of(std::move(parts)) : model_.any_of(std::move(parts));
    }
    case ExprKind::If: {
      const FormulaId test = condition(e.args[0]);
      return model_.any_of({model_.all_of({test, condition(e.args[1])}),
                            model_.all_of({model_.negate(test), condition(e.args[2])})});
    }
    case ExprKind::Compare:
      return compare(ir::compare_op(e.op), e.args[0], e.args[1]);
    case ExprKind::InList: return membership(e);
    case ExprKind::InRange: {
      const FormulaId inside = range(e.args[0], e.args[1], e.args[2]);
      return (e.flags & ir::kNegated) != 0 ? model_.negate(inside) : inside;
    }
    case ExprKind::NodeValue:
      // A let of a condition is that condition: `let high = score >= 50`.
      if (const ir::LetNode* let = let_of(program_, e); let != nullptr && let_depth_ < kMaxLetDepth) {
        ++let_depth_;
        const FormulaId inner = condition(let->value);
        --let_depth_;
        return inner;
      }
      return truth(id);
    default: return truth(id);
  }
}

FormulaId ConditionBuilder::cell(ir::ExprId column, const ir::Cell& cell) {
  FormulaId f = model_.kTrue;
  using Kind = dsl::ast::Cell::Kind;
  switch (cell.kind) {
    case Kind::Any: return model_.kTrue;
    case Kind::Equal: f = cell.value ? compare(CompareOp::Eq, column, cell.value) : model_.kTrue; break;
    case Kind::Compare: f = cell.value ? compare(ir::compare_op(cell.compare), column, cell.value) : model_.kTrue; break;
    case Kind::Range: f = range(column, cell.low, cell.high); break;
    case Kind::Set: {
      std::vector<FormulaId> parts;
      for (ir::ExprId item : cell.items) parts.push_back(compare(CompareOp::Eq, column, item));
      f = model_.any_of(std::move(parts));
      break;
    }
  }
  return cell.negated ? model_.negate(f) : f;
}

FormulaId ConditionBuilder::row(const ir::Table& table, const ir::TableRow& row) {
  // The columns become subjects in their order, so examples name them so.
  for (ir::ExprId column : table.inputs) (void)value_subject(column);
  std::vector<FormulaId> cells;
  for (size_t c = 0; c < row.cells.size() && c < table.inputs.size(); ++c) cells.push_back(cell(table.inputs[c], row.cells[c]));
  return model_.all_of(std::move(cells));
}

}  // namespace charter::compiler::analysis
