#include "compiler/dag/dependencies.hpp"
#include "compiler/opt/pass.hpp"

namespace charter::compiler::opt {

std::vector<std::unique_ptr<Pass>> pass_list(const PassOptions& options) {
  std::vector<std::unique_ptr<Pass>> passes;
  if (options.fold_constants) passes.push_back(fold_constants());
  if (options.share_subexpressions) passes.push_back(share_subexpressions());
  if (options.merge_keyword_scans) passes.push_back(merge_keyword_scans());
  if (options.order_short_circuits) passes.push_back(order_short_circuits());
  return passes;
}

std::vector<bool> live_expressions(const ir::Program& program) {
  std::vector<bool> live(program.exprs.size(), false);
  std::vector<ir::ExprId> stack;
  for (uint32_t n = 0; n < program.nodes.size(); ++n) node_expressions(program, ir::NodeId{n}, stack);
  for (const ir::Test& test : program.tests) {
    for (const auto& expectation : test.expectations) {
      if (expectation.condition) stack.push_back(expectation.condition);
    }
  }
  while (!stack.empty()) {
    const ir::ExprId id = stack.back();
    stack.pop_back();
    if (live[id.value]) continue;
    live[id.value] = true;
    for (ir::ExprId arg : program.expr(id).args) stack.push_back(arg);
  }
  return live;
}

}  // namespace charter::compiler::opt
