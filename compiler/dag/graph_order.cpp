// Reachability and evaluation order over the decision graph. Phase:
// build_dag. The order is Kahn's: a node is ready once every node it reads
// has been placed, and among ready nodes the earliest declared goes first,
// so the order (and the plan lowered from it) is the same run to run and
// does not change when a rule reorders its reads.
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <functional>
#include <queue>

#include "compiler/dag/dag_graph.hpp"

namespace charter::compiler::dag {

namespace {

// Marks each vertex a search discovers.
class MarkVisitor : public boost::default_dfs_visitor {
 public:
  explicit MarkVisitor(std::vector<bool>& marks) : marks_(&marks) {}
  template <class G>
  void discover_vertex(Vertex v, const G& /*graph*/) {
    (*marks_)[v] = true;
  }

 private:
  std::vector<bool>* marks_;
};

template <class G>
void mark_from(const G& graph, const std::vector<Vertex>& roots, std::vector<bool>& marks) {
  std::vector<boost::default_color_type> colors(boost::num_vertices(graph), boost::white_color);
  const auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, graph));
  for (Vertex root : roots) {
    if (colors[root] == boost::white_color) boost::depth_first_visit(graph, root, MarkVisitor(marks), color_map);
  }
}

}  // namespace

std::vector<bool> reachable(const Graph& graph, const std::vector<Vertex>& roots, bool forward) {
  std::vector<bool> marks(boost::num_vertices(graph), false);
  if (forward) mark_from(graph, roots, marks);
  else mark_from(boost::make_reverse_graph(graph), roots, marks);
  return marks;
}

std::vector<ir::NodeId> topological_order(const Graph& graph, const std::vector<bool>& wanted) {
  const size_t count = boost::num_vertices(graph);
  std::vector<size_t> unplaced_reads(count, 0);
  std::priority_queue<Vertex, std::vector<Vertex>, std::greater<>> ready;
  for (Vertex v = 0; v < count; ++v) {
    if (!wanted[v]) continue;
    for (Edge read : boost::make_iterator_range(boost::out_edges(v, graph))) {
      if (wanted[boost::target(read, graph)]) ++unplaced_reads[v];
    }
    if (unplaced_reads[v] == 0) ready.push(v);
  }
  std::vector<ir::NodeId> order;
  while (!ready.empty()) {
    const Vertex v = ready.top();
    ready.pop();
    order.push_back(ir::NodeId{static_cast<uint32_t>(v)});
    for (Edge reader : boost::make_iterator_range(boost::in_edges(v, graph))) {
      const Vertex u = boost::source(reader, graph);
      if (wanted[u] && --unplaced_reads[u] == 0) ready.push(u);
    }
  }
  return order;
}

}  // namespace charter::compiler::dag
