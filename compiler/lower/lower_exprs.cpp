// Lowering of expressions: each gets a slot; reads of the event are
// computed once per event in the entry's prologue; `and`, `or`, `if`, `??`
// and quantifiers become jumps; constant enum sets become bit masks.
#include <algorithm>

#include "base/check.hpp"
#include "compiler/lower/lowerer.hpp"
#include "compiler/ir/operator_kinds.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::lower_detail {

using ir::ExprKind;
using stdlib::TypeKind;
using stdlib::Value;

namespace {

std::string path_key(const ir::Program& program, ir::ExprId id) {
  const ir::Expr& e = program.expr(id);
  if (e.kind == ExprKind::InputField) return "f" + std::to_string(e.a);
  if (e.kind == ExprKind::Member) {
    const std::string object = path_key(program, e.args[0]);
    if (object.empty()) return {};
    return object + ((e.flags & ir::kOptionalChain) ? "?" : ".") + std::to_string(e.a);
  }
  return {};
}

}  // namespace

void Lowerer::collect_input_paths(ir::ExprId id) {
  const ir::Expr& e = program_.expr(id);
  if (e.kind == ExprKind::InputField || e.kind == ExprKind::Member) {
    if (!path_key(program_, id).empty()) {
      input_path(id);
      return;
    }
  }
  for (ir::ExprId arg : e.args) collect_input_paths(arg);
}

uint32_t Lowerer::input_path(ir::ExprId id) {
  const std::string key = path_key(program_, id);
  if (key.empty()) return UINT32_MAX;
  if (const auto it = input_paths_.find(key); it != input_paths_.end()) return it->second;
  const ir::Expr& e = program_.expr(id);
  const uint32_t object = e.kind == ExprKind::InputField ? input_slot_ : input_path(e.args[0]);
  const uint32_t field = e.a;
  const bool optional = e.kind == ExprKind::Member && (e.flags & ir::kOptionalChain);
  const uint32_t slot = new_slot();
  emit({optional ? plan::OpCode::MemberOpt : plan::OpCode::Member, 0, slot, object, field, 0});
  input_paths_[key] = slot;
  return slot;
}

uint32_t Lowerer::expr(ir::ExprId id) {
  const ir::Expr& e = program_.expr(id);
  const auto binary = [&](OpCode code, uint16_t aux) {
    const uint32_t a = expr(e.args[0]);
    const uint32_t b = expr(e.args[1]);
    const uint32_t dst = new_slot();
    emit({code, aux, dst, a, b, 0});
    return dst;
  };
  switch (e.kind) {
    case ExprKind::Constant: return e.a;
    case ExprKind::InputField: return input_path(id);
    case ExprKind::InputRecord: return input_slot_;
    case ExprKind::Member: {
      if (const uint32_t slot = input_path(id); slot != UINT32_MAX) return slot;
      const uint32_t object = expr(e.args[0]);
      const uint32_t dst = new_slot();
      const bool optional = (e.flags & ir::kOptionalChain) != 0;
      emit({optional ? OpCode::MemberOpt : OpCode::Member, 0, dst, object, e.a, 0});
      return dst;
    }
    case ExprKind::NodeValue: {
      const uint32_t plan_node = plan_nodes_[e.a];
      // A let that could not be evaluated makes its readers fall back.
      if (let_fallible_[e.a]) emit_fallible({OpCode::CheckNode, 0, 0, plan_node, plan::kNoTarget, 0});
      return plan_.nodes[plan_node].slot;
    }
    case ExprKind::Local: {
      if (local_slots_[e.a] == UINT32_MAX) local_slots_[e.a] = new_slot();
      return local_slots_[e.a];
    }
    case ExprKind::Index: return binary(OpCode::Index, 0);
    case ExprKind::Call: return call(e);
    case ExprKind::Not: {
      const uint32_t a = expr(e.args[0]);
      const uint32_t dst = new_slot();
      emit({OpCode::Not, 0, dst, a, 0, 0});
      return dst;
    }
    case ExprKind::Negate: {
      const uint32_t a = expr(e.args[0]);
      const uint32_t dst = new_slot();
      emit_fallible({OpCode::Negate, 0, dst, a, 0, 0});
      return dst;
    }
    case ExprKind::And:
    case ExprKind::Or:
    case ExprKind::Coalesce:
    case ExprKind::If: return short_circuit(e);
    case ExprKind::Compare: {
      const bool enums = program_.types.kind(program_.expr(e.args[0]).type) == TypeKind::Enum;
      const auto op = ir::compare_op(e.op);
      if (enums && (op == stdlib::CompareOp::Eq || op == stdlib::CompareOp::Ne)) {
        return binary(OpCode::EqualEnum, op == stdlib::CompareOp::Ne ? 1 : 0);
      }
      return binary(OpCode::Compare, static_cast<uint16_t>(op));
    }
    case ExprKind::Arithmetic: {
      // `a + b + c + d`, left to right: one op adds them all in that order.
      if (ir::arithmetic_op(e.op) == stdlib::ArithmeticOp::Add &&
          program_.expr(e.args[0]).kind == ExprKind::Arithmetic &&
          ir::arithmetic_op(program_.expr(e.args[0]).op) == stdlib::ArithmeticOp::Add) {
        std::vector<ir::ExprId> terms;
        for (ir::ExprId at = id;; at = program_.expr(at).args[0]) {
          const ir::Expr& sum = program_.expr(at);
          if (sum.kind != ExprKind::Arithmetic || ir::arithmetic_op(sum.op) != stdlib::ArithmeticOp::Add) {
            terms.push_back(at);
            break;
          }
          terms.push_back(sum.args[1]);
        }
        std::reverse(terms.begin(), terms.end());
        std::vector<uint32_t> slots;
        for (ir::ExprId term : terms) slots.push_back(expr(term));
        const uint32_t dst = new_slot();
        emit_fallible({OpCode::Sum, 0, dst, operands(slots), static_cast<uint32_t>(slots.size()), 0});
        return dst;
      }
      const uint32_t a = expr(e.args[0]);
      const uint32_t b = expr(e.args[1]);
      const uint32_t dst = new_slot();
      emit_fallible({OpCode::Arithmetic, static_cast<uint16_t>(ir::arithmetic_op(e.op)), dst, a, b, 0});
      return dst;
    }
    case ExprKind::Concat: return binary(OpCode::Concat, 0);
    case ExprKind::Exists: {
      const uint32_t a = expr(e.args[0]);
      const uint32_t dst = new_slot();
      emit({OpCode::Exists, 0, dst, a, 0, 0});
      return dst;
    }
    case ExprKind::InList:
    case ExprKind::InRange: return membership(e);
    case ExprKind::ListLiteral:
    case ExprKind::RecordLiteral:
    case ExprKind::Template: {
      std::vector<uint32_t> items;
      for (ir::ExprId arg : e.args) items.push_back(expr(arg));
      const uint32_t dst = new_slot();
      const uint32_t offset = operands(items);
      const auto count = static_cast<uint32_t>(items.size());
      if (e.kind == ExprKind::ListLiteral) emit({OpCode::MakeList, (e.flags & ir::kSet) ? uint16_t{1} : uint16_t{0}, dst, offset, count, 0});
      if (e.kind == ExprKind::RecordLiteral) emit({OpCode::MakeRecord, 0, dst, offset, count, e.type.value});
      if (e.kind == ExprKind::Template) emit({OpCode::Template, 0, dst, offset, count, 0});
      return dst;
    }
    case ExprKind::Quantifier: return quantifier(e);
    case ExprKind::TraceRule:
    case ExprKind::TraceReason:
    case ExprKind::TraceReasons: {
      const uint32_t dst = new_slot();
      const OpCode code = e.kind == ExprKind::TraceRule     ? OpCode::TraceRule
                          : e.kind == ExprKind::TraceReason ? OpCode::TraceReason
                                                            : OpCode::TraceReasons;
      emit({code, 0, dst, plan_nodes_[e.a], 0, 0});
      return dst;
    }
    case ExprKind::KeywordScan: {
      const uint32_t text = expr(e.args[0]);
      const uint32_t dst = new_slot();
      emit({OpCode::KeywordHits, e.op, dst, e.a, e.b, text});
      return dst;
    }
    case ExprKind::Error: break;
  }
  CHARTER_CHECK(false, "lowering an expression that did not check");
  return 0;
}

void Lowerer::branch(ir::ExprId condition, bool when, std::vector<size_t>& sites) {
  const ir::Expr& e = program_.expr(condition);
  if (e.kind == ExprKind::Not) {
    branch(e.args[0], !when, sites);
    return;
  }
  if (e.kind == ExprKind::And || e.kind == ExprKind::Or) {
    // One part decides early: a false part of an `and`, a true part of an `or`.
    const bool decisive = e.kind == ExprKind::Or;
    if (when == decisive) {
      for (ir::ExprId part : e.args) branch(part, when, sites);
      return;
    }
    std::vector<size_t> decided;  // the whole is `decisive`, not `when`: fall through
    for (size_t i = 0; i + 1 < e.args.size(); ++i) branch(e.args[i], decisive, decided);
    branch(e.args.back(), when, sites);
    for (size_t site : decided) patch_jump(site, here());
    return;
  }
  sites.push_back(emit({when ? OpCode::JumpIfTrue : OpCode::JumpIfFalse, 0, 0, expr(condition), 0, 0}));
}

uint32_t Lowerer::short_circuit(const ir::Expr& e) {
  const uint32_t dst = new_slot();
  std::vector<size_t> to_end;
  if (e.kind == ExprKind::And || e.kind == ExprKind::Or) {
    for (size_t i = 0; i < e.args.size(); ++i) {
      emit({OpCode::Move, 0, dst, expr(e.args[i]), 0, 0});
      if (i + 1 < e.args.size()) {
        to_end.push_back(emit({e.kind == ExprKind::And ? OpCode::JumpIfFalse : OpCode::JumpIfTrue, 0, 0, dst, 0, 0}));
      }
    }
  } else if (e.kind == ExprKind::Coalesce && program_.expr(e.args[1]).kind == ExprKind::Constant) {
    // A constant default costs nothing to have at hand: no branch needed.
    emit({OpCode::Coalesce, 0, dst, expr(e.args[0]), expr(e.args[1]), 0});
  } else if (e.kind == ExprKind::Coalesce) {
    emit({OpCode::Move, 0, dst, expr(e.args[0]), 0, 0});
    const uint32_t present = new_slot();
    emit({OpCode::Exists, 0, present, dst, 0, 0});
    to_end.push_back(emit({OpCode::JumpIfTrue, 0, 0, present, 0, 0}));
    emit({OpCode::Move, 0, dst, expr(e.args[1]), 0, 0});
  } else if (program_.expr(e.args[1]).kind == ExprKind::Constant && program_.expr(e.args[2]).kind == ExprKind::Constant) {
    // `if c then 10 else 0`: both outcomes are at hand, so one op picks one.
    emit({OpCode::Select, 0, dst, expr(e.args[0]), expr(e.args[1]), expr(e.args[2])});
  } else {  // If
    const uint32_t condition = expr(e.args[0]);
    const size_t to_else = emit({OpCode::JumpIfFalse, 0, 0, condition, 0, 0});
    emit({OpCode::Move, 0, dst, expr(e.args[1]), 0, 0});
    to_end.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
    patch_jump(to_else, here());
    emit({OpCode::Move, 0, dst, expr(e.args[2]), 0, 0});
  }
  for (size_t site : to_end) patch_jump(site, here());
  return dst;
}

uint32_t Lowerer::quantifier(const ir::Expr& e) {
  const auto kind = static_cast<dsl::ast::QuantifierKind>(e.op);
  const uint32_t dst = new_slot();
  if (kind == dsl::ast::QuantifierKind::Count) emit({OpCode::SetInt, 0, dst, 0, 0, 0});
  else emit({OpCode::SetBool, kind == dsl::ast::QuantifierKind::All ? uint16_t{1} : uint16_t{0}, dst, 0, 0, 0});
  const uint32_t list = expr(e.args[0]);
  if (local_slots_[e.a] == UINT32_MAX) local_slots_[e.a] = new_slot();
  const uint32_t index = new_slot();
  emit({OpCode::IterInit, 0, index, list, 0, 0});
  const uint32_t loop = here();
  const size_t next = emit({OpCode::IterNext, 0, local_slots_[e.a], list, index, 0});
  const uint32_t condition = expr(e.args[1]);
  std::vector<size_t> to_exit = {next};
  switch (kind) {
    case dsl::ast::QuantifierKind::Any:
      emit({OpCode::JumpIfFalse, 0, 0, condition, loop, 0});
      emit({OpCode::SetBool, 1, dst, 0, 0, 0});
      to_exit.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
      break;
    case dsl::ast::QuantifierKind::All:
      emit({OpCode::JumpIfTrue, 0, 0, condition, loop, 0});
      emit({OpCode::SetBool, 0, dst, 0, 0, 0});
      to_exit.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
      break;
    case dsl::ast::QuantifierKind::Count:
      emit({OpCode::JumpIfFalse, 0, 0, condition, loop, 0});
      emit({OpCode::Increment, 0, dst, 0, 0, 0});
      emit({OpCode::Jump, 0, 0, loop, 0, 0});
      break;
  }
  for (size_t site : to_exit) patch_jump(site, here());
  return dst;
}

uint32_t Lowerer::membership(const ir::Expr& e) {
  const uint16_t negated = (e.flags & ir::kNegated) ? 1 : 0;
  const uint32_t value = expr(e.args[0]);
  const uint32_t dst = new_slot();
  if (e.kind == ExprKind::InRange) {
    const uint32_t low = expr(e.args[1]);
    const uint32_t high = expr(e.args[2]);
    emit({OpCode::InRange, negated, dst, value, low, high});
    return dst;
  }
  const ir::Expr& container = program_.expr(e.args[1]);
  const TypeKind kind = program_.types.kind(program_.types.strip_optional(container.type));
  if (kind == TypeKind::String || kind == TypeKind::Map) {
    emit({kind == TypeKind::String ? OpCode::InText : OpCode::InMap, negated, dst, value, expr(e.args[1]), 0});
    return dst;
  }
  // A constant set of enum values of one enum becomes a 64-bit mask.
  if (container.kind == ExprKind::Constant && program_.types.kind(program_.expr(e.args[0]).type) == TypeKind::Enum) {
    const Value& list = program_.constant(ir::ConstId{container.a});
    uint64_t mask = 0;
    bool fits = true;
    for (uint32_t i = 0; i < list.size; ++i) {
      fits = fits && list.items()[i].as_ordinal() < 64;
      if (fits) mask |= uint64_t{1} << list.items()[i].as_ordinal();
    }
    if (fits) {
      emit({OpCode::InEnumSet, negated, dst, value, static_cast<uint32_t>(mask), static_cast<uint32_t>(mask >> 32)});
      return dst;
    }
  }
  emit({OpCode::InList, negated, dst, value, expr(e.args[1]), 0});
  return dst;
}

uint32_t Lowerer::call(const ir::Expr& e) {
  const stdlib::BuiltinEntry& entry = builtins_.entry(e.builtin);
  std::vector<uint32_t> args;
  std::vector<const void*> prepared(e.args.size(), nullptr);
  for (size_t i = 0; i < e.args.size(); ++i) {
    args.push_back(expr(e.args[i]));
    if (i < entry.prepare.size() && entry.prepare[i] != nullptr) {
      const ir::Expr& arg = program_.expr(e.args[i]);
      std::string problem;
      std::shared_ptr<const void> object = entry.prepare[i](program_.constant(ir::ConstId{arg.a}), problem);
      if (object == nullptr) {
        sink_.emit(dsl::DiagKind::NotConstant, arg.span, "this argument of `" + entry.name + "` cannot be prepared: " + problem);
        continue;
      }
      prepared[i] = object.get();
      plan_.prepared.push_back(std::move(object));
    }
  }
  const auto site = static_cast<uint16_t>(plan_.builtins.size());
  plan_.builtins.push_back(entry.impl);
  plan_.call_types.push_back(e.type);
  plan_.prepared_args.push_back(std::move(prepared));
  const uint32_t dst = new_slot();
  const uint32_t offset = operands(args);
  if (entry.may_fail) emit_fallible({OpCode::Call, site, dst, offset, static_cast<uint32_t>(args.size()), 0});
  else emit({OpCode::Call, site, dst, offset, static_cast<uint32_t>(args.size()), plan::kNoTarget});
  return dst;
}

uint32_t Lowerer::cell_test(uint32_t column, const ir::Cell& cell) {
  const uint32_t dst = new_slot();
  const uint16_t negated = cell.negated ? 1 : 0;
  switch (cell.kind) {
    case dsl::ast::Cell::Kind::Any: emit({OpCode::SetBool, 1, dst, 0, 0, 0}); return dst;
    case dsl::ast::Cell::Kind::Equal:
    case dsl::ast::Cell::Kind::Compare: {
      const auto op = cell.kind == dsl::ast::Cell::Kind::Equal ? stdlib::CompareOp::Eq
                                                               : ir::compare_op(cell.compare);
      emit({OpCode::Compare, static_cast<uint16_t>(op), dst, column, expr(cell.value), 0});
      break;
    }
    case dsl::ast::Cell::Kind::Range: {
      // An open end is checked by a comparison only.
      const uint32_t low = cell.low ? expr(cell.low) : UINT32_MAX;
      const uint32_t high = cell.high ? expr(cell.high) : UINT32_MAX;
      if (low != UINT32_MAX && high != UINT32_MAX) {
        emit({OpCode::InRange, 0, dst, column, low, high});
      } else if (low != UINT32_MAX) {
        emit({OpCode::Compare, static_cast<uint16_t>(stdlib::CompareOp::Ge), dst, column, low, 0});
      } else {
        emit({OpCode::Compare, static_cast<uint16_t>(stdlib::CompareOp::Le), dst, column, high, 0});
      }
      break;
    }
    case dsl::ast::Cell::Kind::Set: {
      std::vector<uint32_t> items;
      for (ir::ExprId item : cell.items) items.push_back(expr(item));
      const uint32_t list = new_slot();
      emit({OpCode::MakeList, 0, list, operands(items), static_cast<uint32_t>(items.size()), 0});
      emit({OpCode::InList, 0, dst, column, list, 0});
      break;
    }
  }
  if (negated) emit({OpCode::Not, 0, dst, dst, 0, 0});
  return dst;
}

}  // namespace charter::compiler::lower_detail
