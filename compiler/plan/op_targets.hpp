// Which field of an op holds the op index it may jump to (a branch, or the
// fail target of an op that can be not evaluable). Lowering patches these
// fields; plan passes retarget them.
#pragma once

#include <vector>

#include "compiler/plan/plan.hpp"

namespace charter::plan {

// The field with the op's jump target, or nullptr when it never jumps.
inline uint32_t* jump_target(Op& op) {
  switch (op.code) {
    case OpCode::Jump:
    case OpCode::JumpIfUntraced: return &op.a;
    case OpCode::JumpIfFalse:
    case OpCode::JumpIfTrue:
    case OpCode::GateSkip:
    case OpCode::CheckNode:
    case OpCode::Fail: return &op.b;
    case OpCode::IterNext:
    case OpCode::Negate:
    case OpCode::Arithmetic:
    case OpCode::Sum:
    case OpCode::Call:
    case OpCode::TableEnd:
    case OpCode::CheckBounds:
    case OpCode::CompareBranch:
    case OpCode::EqualEnumBranch: return &op.c;
    default: return nullptr;
  }
}

// Calls visit(uint32_t&) on every target field of `op` that is set: its
// jump or fail target, and `untraced`.
template <class Visit>
void for_each_target(Op& op, Visit&& visit) {
  if (uint32_t* target = jump_target(op); target != nullptr && *target != kNoTarget) visit(*target);
  if (op.untraced != kNoTarget) visit(op.untraced);
}

// Jump threading: every target that lands on an unconditional `Jump` goes
// straight to where that one goes. Chains are short; a loop of jumps (never
// lowered) is cut off. Targets at or past the end stay as they are.
inline void thread_jumps(std::vector<Op>& ops) {
  const auto final_target = [&](uint32_t target) {
    for (int hops = 0; hops < 16 && target < ops.size() && ops[target].code == OpCode::Jump; ++hops) {
      target = ops[target].a;
    }
    return target;
  };
  for (Op& op : ops) for_each_target(op, [&](uint32_t& target) { target = final_target(target); });
}

}  // namespace charter::plan
