// Cycles of the decision graph: found as the back edges of one depth-first
// search (vertices and reads visited in declaration order, so the result is
// the same run to run) and reported with their whole path. Phase: build_dag.
#include <algorithm>
#include <boost/graph/depth_first_search.hpp>
#include <optional>

#include "compiler/dag/dag_graph.hpp"

namespace charter::compiler::dag {

namespace {

// Records the tree edge that discovered each vertex and every back edge.
class CycleVisitor : public boost::default_dfs_visitor {
 public:
  CycleVisitor(std::vector<std::optional<Edge>>& tree_edges, std::vector<Edge>& back_edges)
      : tree_edges_(&tree_edges), back_edges_(&back_edges) {}

  void tree_edge(Edge edge, const Graph& graph) { (*tree_edges_)[boost::target(edge, graph)] = edge; }
  void back_edge(Edge edge, const Graph& /*graph*/) { back_edges_->push_back(edge); }

 private:
  // Pointers: Boost copies visitors by value.
  std::vector<std::optional<Edge>>* tree_edges_;
  std::vector<Edge>* back_edges_;
};

// The cycle a back edge u → v closes: the tree path v → … → u, then u → v,
// turned to start at its earliest declared node.
Cycle cycle_of(const Graph& graph, Edge back, const std::vector<std::optional<Edge>>& tree_edges) {
  Cycle cycle;
  const Vertex head = boost::target(back, graph);
  for (Vertex v = boost::source(back, graph); v != head;) {
    const Edge tree = *tree_edges[v];
    cycle.reads.push_back(tree);
    v = boost::source(tree, graph);
  }
  std::reverse(cycle.reads.begin(), cycle.reads.end());
  cycle.reads.push_back(back);
  const auto first = std::min_element(cycle.reads.begin(), cycle.reads.end(), [&](Edge a, Edge b) {
    return boost::source(a, graph) < boost::source(b, graph);
  });
  std::rotate(cycle.reads.begin(), first, cycle.reads.end());
  return cycle;
}

std::string quoted(const std::string& name) { return "`" + name + "`"; }

}  // namespace

std::vector<Cycle> find_cycles(const Graph& graph) {
  const size_t count = boost::num_vertices(graph);
  std::vector<std::optional<Edge>> tree_edges(count);
  std::vector<Edge> back_edges;
  std::vector<boost::default_color_type> colors(count, boost::white_color);
  const auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
  boost::depth_first_search(graph, CycleVisitor(tree_edges, back_edges), color_map);
  std::vector<Cycle> cycles;
  cycles.reserve(back_edges.size());
  for (Edge back : back_edges) cycles.push_back(cycle_of(graph, back, tree_edges));
  return cycles;
}

void report_cycles(const GraphData& data, dsl::DiagSink& sink) {
  const Graph& graph = data.graph;
  for (const Cycle& cycle : data.cycles) {
    const NodeInfo& head = data.nodes[boost::source(cycle.reads.front(), graph)];
    std::string path = quoted(head.name);
    for (Edge read : cycle.reads) path += " → " + quoted(data.nodes[boost::target(read, graph)].name);
    dsl::Diagnostic& diag =
        sink.emit(dsl::DiagKind::DecisionCycle, graph[cycle.reads.front()].at, "cycle in decisions: " + path);
    for (size_t i = 1; i < cycle.reads.size(); ++i) {
      const Edge read = cycle.reads[i];
      diag.notes.push_back({graph[read].at, quoted(data.nodes[boost::source(read, graph)].name) + " reads " +
                                                quoted(data.nodes[boost::target(read, graph)].name) + " here"});
    }
    diag.help = cycle.reads.size() == 1
                    ? "a value cannot be computed from itself; remove this read"
                    : "a value cannot be computed from itself; remove one of the reads on this path";
  }
}

}  // namespace charter::compiler::dag
