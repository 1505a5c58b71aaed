#include "compiler/opt/expr_facts.hpp"

#include <algorithm>

namespace charter::compiler::opt {

ExprFacts::ExprFacts(const ir::Program& program, const stdlib::BuiltinTable& builtins) {
  const size_t n = program.exprs.size();
  can_fail_.assign(n, false);
  guarded_.assign(n, false);
  reads_local_.assign(n, false);
  cost_.assign(n, 0);
  // Lets whose value may fail make their readers fail too.
  std::vector<bool> node_fails(program.nodes.size(), false);
  // Arguments come before the expressions that use them: one pass in id order.
  const auto visit = [&](uint32_t i) {
    const ir::Expr& e = program.exprs[i];
    bool fails = false, guarded = (e.flags & ir::kAssumedPresent) != 0, local = false;
    uint32_t cost = 1;
    for (ir::ExprId arg : e.args) {
      fails = fails || can_fail_[arg.value];
      guarded = guarded || guarded_[arg.value];
      local = local || reads_local_[arg.value];
      cost += cost_[arg.value];
    }
    switch (e.kind) {
      case ir::ExprKind::Constant: cost = 0; break;
      case ir::ExprKind::Call: {
        const stdlib::BuiltinEntry& entry = builtins.entry(e.builtin);
        fails = fails || entry.may_fail;
        cost += 4 * entry.cost;
        break;
      }
      case ir::ExprKind::Arithmetic:
      case ir::ExprKind::Negate: fails = true; break;
      case ir::ExprKind::Exists: guarded = true; break;
      case ir::ExprKind::Local: local = true; break;
      case ir::ExprKind::NodeValue: fails = fails || node_fails[e.a]; break;
      case ir::ExprKind::Quantifier: cost *= 8; break;
      case ir::ExprKind::Template:
      case ir::ExprKind::Concat: cost += 8; break;
      default: break;
    }
    can_fail_[i] = fails;
    guarded_[i] = guarded;
    reads_local_[i] = local;
    cost_[i] = std::min<uint32_t>(cost, 1u << 20);
  };
  for (uint32_t i = 0; i < n; ++i) visit(i);
  // A second pass once the lets' own failures are known (lets read lets
  // declared earlier or later; two passes settle chains of two).
  for (int round = 0; round < 2; ++round) {
    for (uint32_t node = 0; node < program.nodes.size(); ++node) {
      if (const auto* let = std::get_if<ir::LetNode>(&program.nodes[node].body)) node_fails[node] = can_fail_[let->value.value];
    }
    for (uint32_t i = 0; i < n; ++i) visit(i);
  }
}

}  // namespace charter::compiler::opt
