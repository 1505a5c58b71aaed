// The Boost.Graph form of the decision DAG, shared by the files of
// compiler/dag only (no other code includes Boost.Graph). Phase: build_dag.
// Vertex i is node i of the program; an edge u → v means u reads v, with the
// span of the read. GraphData copies what the DOT writer shows of each node,
// so the graph does not keep the program it was built from.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/dag/decision_dag.hpp"
#include "compiler/ir/ir.hpp"
#include "dsl/diag/diagnostic.hpp"

namespace charter::compiler::dag {

struct ReadEdge {
  dsl::Span at;  // where the reader reads the value
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, ReadEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// What the picture shows of a node.
struct NodeInfo {
  ir::NodeKind kind = ir::NodeKind::Let;
  std::string name;    // "route"
  std::string module;  // "mwms.intake.route"
  std::string type;    // as written ("Route"), "out of 100", "the record of each Event"; or empty
  std::string doc;     // `##` documentation, shown as a tooltip
  std::vector<std::string> rules;  // rule ids (a gate's with their verdicts)
  ir::EntryId entry;
  dsl::Span name_span;
};

// One cycle, as the reads along it: reads[i] goes from node i of the path to
// node i + 1, and the last read returns to the first node.
struct Cycle {
  std::vector<Edge> reads;
};

struct GraphData {
  Graph graph;
  std::vector<NodeInfo> nodes;        // per vertex
  std::vector<ir::NodeId> outputs;    // per entry: its `output`, or invalid
  std::vector<Cycle> cycles;
  std::vector<std::pair<Vertex, Vertex>> cycle_reads;  // (reader, read) on some cycle; sorted
};

// Copies the names, kinds, types and rule ids of the program's nodes.
std::vector<NodeInfo> describe_nodes(const ir::Program& program);

// Every cycle that closes at a different read: one per back edge of a
// depth-first search in declaration order, each starting at its earliest
// declared node. Every cycle of the graph contains one of these reads.
std::vector<Cycle> find_cycles(const Graph& graph);

// E0410 for each cycle, with a note at each read on it after the first.
void report_cycles(const GraphData& data, dsl::DiagSink& sink);

// The vertices reachable from `roots` along reads (`forward`) or along
// readers (not `forward`), roots included; a flag per vertex.
std::vector<bool> reachable(const Graph& graph, const std::vector<Vertex>& roots, bool forward);

// The nodes flagged in `wanted`, each after every node it reads, the
// earliest declared first among those ready at the same time. Nodes on a
// cycle (and what reads them) are left out.
std::vector<ir::NodeId> topological_order(const Graph& graph, const std::vector<bool>& wanted);

// Which part of the graph a picture shows, and how.
struct DotView {
  std::vector<bool> shown;     // per vertex
  std::vector<bool> unused;    // per vertex: no output needs it (drawn dashed)
  std::vector<Vertex> focus;   // drawn heavier
};

// The picture (dot_writer.cpp).
std::string write_dot(const GraphData& data, const DotOptions& options, const DotView& view);

}  // namespace charter::compiler::dag
