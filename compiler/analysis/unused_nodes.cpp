// Nodes nothing needs (W0501). Proves: in a module whose event has an
// `output`, a let, decision, gate or scorecard that the output does not
// need, directly or through what it reads (the decision graph's unused
// nodes); without an `output`, where every decision is written, a `let`
// that no node reads. Tests reading a node do not count as a need: a test
// checks what the policy decides, it is not part of it.
#include "compiler/analysis/checks.hpp"
#include "compiler/dag/dependencies.hpp"

namespace charter::compiler::analysis {

void check_unused_nodes(const Context& ctx) {
  const ir::Program& program = ctx.program;
  std::vector<bool> reported(program.nodes.size(), false);
  for (uint32_t e = 0; e < program.entries.size(); ++e) {
    for (ir::NodeId id : ctx.graph.unused_nodes(ir::EntryId{e})) {
      const ir::Node& node = program.node(id);
      if (node.kind == ir::NodeKind::Output) continue;
      reported[id.value] = true;
      ctx.sink.emit(dsl::DiagKind::UnusedNode, node.name_span, quoted_name(node.name) + " is computed but no `output` needs it")
          .help = "read it in the `output` (directly or through what the output reads), or remove it";
    }
  }
  std::vector<bool> read(program.nodes.size(), false);
  for (const std::vector<NodeRead>& reads : node_dependencies(program)) {
    for (const NodeRead& r : reads) {
      if (r.node.valid() && r.node.value < read.size()) read[r.node.value] = true;
    }
  }
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    const ir::Node& node = program.nodes[n];
    if (node.kind != ir::NodeKind::Let || read[n] || reported[n]) continue;
    ctx.sink.emit(dsl::DiagKind::UnusedNode, node.name_span, quoted_name(node.name) + " is computed but nothing reads it")
        .help = "use it in a rule, or remove it";
  }
}

}  // namespace charter::compiler::analysis
