// Short-circuit ordering: in a chain of `and` (or `or`), the cheap operands
// are tried first, so an expensive one runs only when the cheap ones leave
// the answer open. A chain is reordered only when no operand can fail and
// none relies on an `exists` guard: then the order is invisible in every
// result (the operands are pure).
#include <algorithm>

#include "compiler/opt/expr_facts.hpp"
#include "compiler/opt/pass.hpp"

namespace charter::compiler::opt {
namespace {

class OrderShortCircuits final : public Pass {
 public:
  std::string_view name() const override { return "order_short_circuits"; }

  void run(ir::Program& program, const stdlib::BuiltinTable& builtins) override {
    const ExprFacts facts(program, builtins);
    for (uint32_t i = 0; i < program.exprs.size(); ++i) {
      ir::Expr& e = program.exprs[i];
      if (e.kind != ir::ExprKind::And && e.kind != ir::ExprKind::Or) continue;
      // `a and b and c` is ((a and b) and c): flatten it first.
      std::vector<ir::ExprId> operands;
      flatten(program, ir::ExprId{i}, e.kind, operands);
      const bool safe = std::none_of(operands.begin(), operands.end(), [&](ir::ExprId op) {
        return facts.can_fail(op) || facts.guarded(op);
      });
      if (!safe) continue;
      std::stable_sort(operands.begin(), operands.end(),
                       [&](ir::ExprId a, ir::ExprId b) { return facts.cost(a) < facts.cost(b); });
      program.exprs[i].args = std::move(operands);
    }
  }

 private:
  static void flatten(const ir::Program& program, ir::ExprId id, ir::ExprKind kind, std::vector<ir::ExprId>& out) {
    for (ir::ExprId arg : program.expr(id).args) {
      const ir::Expr& child = program.expr(arg);
      if (child.kind == kind && !child.args.empty()) flatten(program, arg, kind, out);
      else out.push_back(arg);
    }
  }
};

}  // namespace

std::unique_ptr<Pass> order_short_circuits() { return std::make_unique<OrderShortCircuits>(); }

}  // namespace charter::compiler::opt
