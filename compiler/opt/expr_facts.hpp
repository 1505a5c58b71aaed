// Facts about expressions that passes need: whether evaluating one can fail
// ("not evaluable"), whether it reads a guarded optional, its rough cost.
// Phase: optimize.
#pragma once

#include <vector>

#include "compiler/ir/ir.hpp"

namespace charter::compiler::opt {

class ExprFacts {
 public:
  ExprFacts(const ir::Program& program, const stdlib::BuiltinTable& builtins);

  // Evaluating it may be not evaluable (a failing builtin, arithmetic, a let that may fail).
  bool can_fail(ir::ExprId id) const { return can_fail_[id.value]; }
  // It, or something in it, relies on an `exists` guard or is one.
  bool guarded(ir::ExprId id) const { return guarded_[id.value]; }
  // It reads a quantifier's variable (so it cannot leave the quantifier).
  bool reads_local(ir::ExprId id) const { return reads_local_[id.value]; }
  // Relative cost of evaluating it once.
  uint32_t cost(ir::ExprId id) const { return cost_[id.value]; }

 private:
  std::vector<bool> can_fail_, guarded_, reads_local_;
  std::vector<uint32_t> cost_;
};

}  // namespace charter::compiler::opt
