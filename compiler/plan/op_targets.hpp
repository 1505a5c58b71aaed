// Which field of an op holds the op index it may jump to (a branch, or the
// fail target of an op that can be not evaluable). Lowering patches these
// fields; plan passes retarget them.
#pragma once

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

}  // namespace charter::plan
