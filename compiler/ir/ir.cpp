#include "compiler/ir/ir.hpp"

namespace charter::compiler::ir {

ExprId Program::add(Expr expr) {
  exprs.push_back(std::move(expr));
  return ExprId{static_cast<uint32_t>(exprs.size() - 1)};
}

ConstId Program::add_constant(Value value) {
  constants.push_back(value);
  return ConstId{static_cast<uint32_t>(constants.size() - 1)};
}

}  // namespace charter::compiler::ir
