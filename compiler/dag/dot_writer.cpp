// The decision graph in Graphviz's DOT language, drawn for the people who
// review a policy: one box per node (shape and colour by kind), its name,
// type and rule ids; one cluster per module; an arrow from what is read to
// what reads it, red on a cycle; what no output needs is dashed. Phase: build_dag (printing). Everything is
// written in declaration order, so the text is golden-testable.
#include <algorithm>
#include <map>
#include <sstream>

#include "compiler/dag/dag_graph.hpp"

namespace charter::compiler::dag {

namespace {

// More rule ids than this are summed up in one line.
constexpr size_t kMaxRuleLines = 12;

struct KindStyle {
  std::string_view word;   // "decision"
  std::string_view shape;  // Graphviz shape
  std::string_view style;  // Graphviz style, before `dashed` is added for unused nodes
  std::string_view fill;   // fill colour
};

KindStyle style_of(ir::NodeKind kind) {
  switch (kind) {
    case ir::NodeKind::Let: return {"let", "ellipse", "filled", "#f1f5f9"};
    case ir::NodeKind::Decision: return {"decision", "box", "rounded,filled", "#dbeafe"};
    case ir::NodeKind::Gate: return {"gate", "box", "filled,diagonals", "#fef3c7"};
    case ir::NodeKind::Scorecard: return {"scorecard", "box3d", "filled", "#dcfce7"};
    case ir::NodeKind::Output: return {"output", "box", "filled", "#ede9fe"};
  }
  return {"node", "box", "filled", "#ffffff"};
}

// Text inside an HTML-like label.
std::string html(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\n': out += "<br/>"; break;
      default: out += c;
    }
  }
  return out;
}

// A double-quoted DOT string.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string label_of(const NodeInfo& node, const DotOptions& options) {
  std::string kind_line(style_of(node.kind).word);
  if (node.kind == ir::NodeKind::Output && !node.type.empty()) kind_line = node.type;
  else if (node.kind == ir::NodeKind::Scorecard && !node.type.empty()) kind_line += ", " + node.type;
  else if (!node.type.empty()) kind_line += " : " + node.type;
  std::string label = "<b>" + html(node.name) + "</b><br/><font point-size=\"9\">" + html(kind_line) + "</font>";
  if (!options.show_rules || node.rules.empty()) return label;
  label += "<br/><font point-size=\"9\" color=\"#475569\">";
  const size_t shown = node.rules.size() > kMaxRuleLines ? kMaxRuleLines - 1 : node.rules.size();
  for (size_t i = 0; i < shown; ++i) label += html(node.rules[i]) + "<br align=\"left\"/>";
  if (shown < node.rules.size()) {
    label += "… " + std::to_string(node.rules.size() - shown) + " more rules<br align=\"left\"/>";
  }
  return label + "</font>";
}

// A DOT id per node: its module-qualified name, made unique if need be.
std::vector<std::string> node_ids(const std::vector<NodeInfo>& nodes) {
  std::vector<std::string> ids;
  std::map<std::string, int> seen;
  for (size_t v = 0; v < nodes.size(); ++v) {
    std::string id = nodes[v].module.empty() ? nodes[v].name : nodes[v].module + "." + nodes[v].name;
    if (seen[id]++ > 0) id += "#" + std::to_string(v);
    ids.push_back(quoted(id));
  }
  return ids;
}

void write_header(std::ostringstream& out, const GraphData& data, const DotOptions& options,
                  const std::vector<Vertex>& focus) {
  out << "digraph charter {\n";
  std::string title = html(options.title);
  if (!focus.empty()) {
    const NodeInfo& first = data.nodes[focus.front()];
    if (!title.empty()) title += "<br/>";
    title += "<font point-size=\"10\">what <b>" + html(first.name) + "</b> reads and what reads it</font>";
  }
  out << "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, ranksep=0.5";
  if (!title.empty()) out << ", labelloc=t, label=<" << title << ">";
  out << "];\n";
  out << "  node [fontname=\"Helvetica\", fontsize=11, style=filled, color=\"#334155\", penwidth=1];\n";
  out << "  edge [color=\"#64748b\", arrowsize=0.7];\n";
}

void write_node(std::ostringstream& out, const GraphData& data, const DotOptions& options, const DotView& view,
                Vertex v, const std::string& id) {
  const NodeInfo& node = data.nodes[v];
  const KindStyle style = style_of(node.kind);
  out << "    " << id << " [shape=" << style.shape << ", style=\"" << style.style
      << (view.unused[v] ? ",dashed" : "") << "\", fillcolor=\"" << style.fill << "\"";
  if (node.kind == ir::NodeKind::Output) out << ", peripheries=2";
  if (std::find(view.focus.begin(), view.focus.end(), v) != view.focus.end()) out << ", penwidth=2.5";
  out << ", label=<" << label_of(node, options) << ">";
  if (!node.doc.empty()) out << ", tooltip=" << quoted(node.doc);
  out << "];\n";
}

}  // namespace

std::string write_dot(const GraphData& data, const DotOptions& options, const DotView& view) {
  const std::vector<bool>& shown = view.shown;
  std::ostringstream out;
  write_header(out, data, options, view.focus);
  const std::vector<std::string> ids = node_ids(data.nodes);

  // Modules in the order of their first shown node.
  std::vector<std::string> modules;
  for (size_t v = 0; v < data.nodes.size(); ++v) {
    const std::string& module = data.nodes[v].module;
    if (shown[v] && std::find(modules.begin(), modules.end(), module) == modules.end()) modules.push_back(module);
  }
  for (const std::string& module : modules) {
    out << "\n  subgraph " << quoted("cluster_" + module) << " {\n";
    out << "    label=" << quoted(module) << ";\n";
    out << "    style=rounded; color=\"#94a3b8\"; fontcolor=\"#334155\";\n";
    for (Vertex v = 0; v < data.nodes.size(); ++v) {
      if (!shown[v] || data.nodes[v].module != module) continue;
      write_node(out, data, options, view, v, ids[v]);
    }
    out << "  }\n";
  }

  // Arrows by reader, then in the order it reads.
  bool first_edge = true;
  for (Vertex reader = 0; reader < data.nodes.size(); ++reader) {
    if (!shown[reader]) continue;
    for (Edge read : boost::make_iterator_range(boost::out_edges(reader, data.graph))) {
      const Vertex source = boost::target(read, data.graph);
      if (!shown[source]) continue;
      if (first_edge) out << "\n";
      first_edge = false;
      out << "  " << ids[source] << " -> " << ids[reader];
      if (std::binary_search(data.cycle_reads.begin(), data.cycle_reads.end(), std::make_pair(reader, source))) {
        out << " [color=\"#dc2626\", penwidth=1.5]";
      }
      out << ";\n";
    }
  }
  out << "}\n";
  return std::move(out).str();
}

}  // namespace charter::compiler::dag
