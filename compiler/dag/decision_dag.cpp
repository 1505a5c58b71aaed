// The decision DAG: built from the reads of every node (dependencies.hpp),
// checked for cycles, and asked for evaluation orders, unused nodes and its
// DOT picture. Phase: build_dag.
#include "compiler/dag/decision_dag.hpp"

#include <algorithm>

#include "base/check.hpp"
#include "compiler/dag/dag_graph.hpp"
#include "compiler/dag/dependencies.hpp"

namespace charter::compiler::dag {

namespace {

// A type name longer than this is cut in the picture (inline records).
constexpr size_t kMaxTypeName = 40;

std::string_view verdict_name(dsl::ast::GateRule::Verdict verdict) {
  switch (verdict) {
    case dsl::ast::GateRule::Verdict::Deny: return "deny";
    case dsl::ast::GateRule::Verdict::Review: return "review";
    case dsl::ast::GateRule::Verdict::Allow: return "allow";
    case dsl::ast::GateRule::Verdict::NotRequested: return "not_requested";
  }
  return "?";
}

void add_rule_ids(const ir::Program& program, const std::vector<ir::Rule>& rules, std::vector<std::string>& out) {
  for (const ir::Rule& rule : rules) {
    if (!rule.table) {
      out.push_back(rule.id);
      continue;
    }
    for (const ir::TableRow& row : program.table(rule.table).rows) out.push_back(row.id);
  }
}

std::string type_name(const ir::Program& program, const ir::Node& node) {
  if (node.kind == ir::NodeKind::Gate) return {};
  if (node.kind == ir::NodeKind::Output) {
    const bool known = node.entry.valid() && node.entry.value < program.entries.size();
    return known ? "the record of each " + program.entries[node.entry.value].input_name : std::string();
  }
  if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
    std::string out_of = std::to_string(scorecard->out_of);
    out_of.erase(out_of.find_last_not_of('0') + 1);  // "100.000000" → "100"
    if (!out_of.empty() && out_of.back() == '.') out_of.pop_back();
    return "out of " + out_of;
  }
  std::string name = program.types.name(node.type);
  if (name.size() > kMaxTypeName) {
    size_t cut = kMaxTypeName - 1;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    name = name.substr(0, cut) + "…";
  }
  return name;
}

std::vector<std::string> rule_ids(const ir::Program& program, const ir::Node& node) {
  std::vector<std::string> ids;
  if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) add_rule_ids(program, decision->rules, ids);
  if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
    for (const ir::GateRule& rule : gate->rules) {
      ids.push_back(rule.id + " (" + (rule.fallback ? "fallback " : "") + std::string(verdict_name(rule.verdict)) + ")");
    }
  }
  if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
    for (const ir::Criterion& criterion : scorecard->criteria) add_rule_ids(program, criterion.rules, ids);
    for (const ir::BandEntry& entry : scorecard->band) ids.push_back(entry.id);
  }
  return ids;
}

}  // namespace

std::vector<NodeInfo> describe_nodes(const ir::Program& program) {
  std::vector<NodeInfo> infos;
  infos.reserve(program.nodes.size());
  for (const ir::Node& node : program.nodes) {
    NodeInfo info;
    info.kind = node.kind;
    info.name = node.name;
    info.module = node.module;
    info.type = type_name(program, node);
    info.doc = node.doc;
    info.rules = rule_ids(program, node);
    info.entry = node.entry;
    info.name_span = node.name_span;
    infos.push_back(std::move(info));
  }
  return infos;
}

struct DecisionDag::Impl {
  GraphData data;

  // The entry's output and what it reads, or all of its nodes.
  std::vector<bool> needed(ir::EntryId entry) const {
    CHARTER_CHECK(entry.valid() && entry.value < data.outputs.size(), "evaluation order of an unknown entry");
    std::vector<Vertex> roots;
    if (const ir::NodeId output = data.outputs[entry.value]) {
      roots.push_back(output.value);
    } else {
      for (Vertex v = 0; v < data.nodes.size(); ++v) {
        if (data.nodes[v].entry == entry) roots.push_back(v);
      }
    }
    return reachable(data.graph, roots, true);
  }
};

DecisionDag::DecisionDag(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DecisionDag::DecisionDag(DecisionDag&&) noexcept = default;
DecisionDag& DecisionDag::operator=(DecisionDag&&) noexcept = default;
DecisionDag::~DecisionDag() = default;

DecisionDag DecisionDag::build(const ir::Program& program, dsl::DiagSink& sink) {
  auto impl = std::make_unique<Impl>();
  GraphData& data = impl->data;
  data.graph = Graph(program.nodes.size());
  data.nodes = describe_nodes(program);
  const std::vector<std::vector<NodeRead>> reads = node_dependencies(program);
  for (Vertex reader = 0; reader < reads.size(); ++reader) {
    for (const NodeRead& read : reads[reader]) {
      CHARTER_CHECK(read.node.valid() && read.node.value < program.nodes.size(), "a read of an unknown node");
      boost::add_edge(reader, read.node.value, ReadEdge{read.at}, data.graph);
    }
  }
  for (const ir::Entry& entry : program.entries) data.outputs.push_back(entry.output);
  data.cycles = find_cycles(data.graph);
  for (const Cycle& cycle : data.cycles) {
    for (Edge read : cycle.reads) {
      data.cycle_reads.emplace_back(boost::source(read, data.graph), boost::target(read, data.graph));
    }
  }
  std::sort(data.cycle_reads.begin(), data.cycle_reads.end());
  data.cycle_reads.erase(std::unique(data.cycle_reads.begin(), data.cycle_reads.end()), data.cycle_reads.end());
  report_cycles(data, sink);
  return DecisionDag(std::move(impl));
}

bool DecisionDag::has_cycle() const { return !impl_->data.cycles.empty(); }

std::vector<ir::NodeId> DecisionDag::evaluation_order(ir::EntryId entry) const {
  return topological_order(impl_->data.graph, impl_->needed(entry));
}

std::vector<ir::NodeId> DecisionDag::unused_nodes(ir::EntryId entry) const {
  std::vector<ir::NodeId> unused;
  CHARTER_CHECK(entry.valid() && entry.value < impl_->data.outputs.size(), "unused nodes of an unknown entry");
  if (!impl_->data.outputs[entry.value]) return unused;
  const std::vector<bool> needed = impl_->needed(entry);
  for (uint32_t n = 0; n < impl_->data.nodes.size(); ++n) {
    if (impl_->data.nodes[n].entry == entry && !needed[n]) unused.push_back(ir::NodeId{n});
  }
  return unused;
}

std::vector<ir::NodeId> DecisionDag::find_nodes(std::string_view name) const {
  std::vector<ir::NodeId> found;
  for (uint32_t n = 0; n < impl_->data.nodes.size(); ++n) {
    const NodeInfo& node = impl_->data.nodes[n];
    const bool qualified = name.size() == node.module.size() + 1 + node.name.size() && name.starts_with(node.module) &&
                           name[node.module.size()] == '.' && name.ends_with(node.name);
    if (name == node.name || qualified) found.push_back(ir::NodeId{n});
  }
  return found;
}

std::vector<std::string> DecisionDag::node_names() const {
  std::vector<std::string> names;
  for (const NodeInfo& node : impl_->data.nodes) {
    names.push_back(node.name);
    names.push_back(node.module + "." + node.name);
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string DecisionDag::to_dot(const DotOptions& options) const {
  const GraphData& data = impl_->data;
  DotView view;
  view.shown.assign(data.nodes.size(), true);
  view.unused.assign(data.nodes.size(), false);
  for (uint32_t e = 0; e < data.outputs.size(); ++e) {
    for (ir::NodeId id : unused_nodes(ir::EntryId{e})) view.unused[id.value] = true;
  }
  if (!options.focus.empty()) {
    for (ir::NodeId id : find_nodes(options.focus)) view.focus.push_back(id.value);
    const std::vector<bool> reads = reachable(data.graph, view.focus, true);
    const std::vector<bool> readers = reachable(data.graph, view.focus, false);
    for (size_t v = 0; v < view.shown.size(); ++v) view.shown[v] = reads[v] || readers[v];
  }
  return write_dot(data, options, view);
}

}  // namespace charter::compiler::dag
