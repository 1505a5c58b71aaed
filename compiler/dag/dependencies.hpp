// Which nodes each node reads: the edges of the decision graph, taken from
// the checked IR (every NodeValue and trace read in a node's expressions,
// rules, tables, gates and scorecards). Phase: build_dag.
#pragma once

#include <vector>

#include "compiler/ir/ir.hpp"

namespace charter::compiler {

struct NodeRead {
  ir::NodeId node;  // the node read
  dsl::Span at;     // where
};

// Per node, the nodes it reads (each once, in order of first read).
std::vector<std::vector<NodeRead>> node_dependencies(const ir::Program& program);

// Every expression of a node: conditions, outcomes, reasons, table cells…
void node_expressions(const ir::Program& program, ir::NodeId id, std::vector<ir::ExprId>& out);

}  // namespace charter::compiler
