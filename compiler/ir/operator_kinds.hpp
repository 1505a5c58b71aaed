// The operator an IR expression applies, from the source operator it was
// written with. The checker keeps `BinaryOp` in `Expr::op`; folding,
// lowering, analysis and explanations all read it back through these.
#pragma once

#include <cstdint>

#include "dsl/ast/ast.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::ir {

constexpr stdlib::CompareOp compare_op(dsl::ast::BinaryOp op) {
  switch (op) {
    case dsl::ast::BinaryOp::Ne: return stdlib::CompareOp::Ne;
    case dsl::ast::BinaryOp::Lt: return stdlib::CompareOp::Lt;
    case dsl::ast::BinaryOp::Le: return stdlib::CompareOp::Le;
    case dsl::ast::BinaryOp::Gt: return stdlib::CompareOp::Gt;
    case dsl::ast::BinaryOp::Ge: return stdlib::CompareOp::Ge;
    default: return stdlib::CompareOp::Eq;
  }
}
constexpr stdlib::CompareOp compare_op(uint8_t op) { return compare_op(static_cast<dsl::ast::BinaryOp>(op)); }

constexpr stdlib::ArithmeticOp arithmetic_op(uint8_t op) {
  switch (static_cast<dsl::ast::BinaryOp>(op)) {
    case dsl::ast::BinaryOp::Sub: return stdlib::ArithmeticOp::Sub;
    case dsl::ast::BinaryOp::Mul: return stdlib::ArithmeticOp::Mul;
    case dsl::ast::BinaryOp::Div: return stdlib::ArithmeticOp::Div;
    case dsl::ast::BinaryOp::Mod: return stdlib::ArithmeticOp::Mod;
    default: return stdlib::ArithmeticOp::Add;
  }
}

}  // namespace charter::compiler::ir
