#include "compiler/dag/dependencies.hpp"

#include <algorithm>

namespace charter::compiler {

namespace {

void add_rules(const ir::Program& program, const std::vector<ir::Rule>& rules, std::vector<ir::ExprId>& out) {
  for (const ir::Rule& rule : rules) {
    for (ir::ExprId e : {rule.condition, rule.value, rule.reason}) {
      if (e) out.push_back(e);
    }
    if (!rule.table) continue;
    const ir::Table& table = program.table(rule.table);
    out.insert(out.end(), table.inputs.begin(), table.inputs.end());
    for (const ir::TableRow& row : table.rows) {
      out.insert(out.end(), row.outputs.begin(), row.outputs.end());
      if (row.reason) out.push_back(row.reason);
      for (const ir::Cell& cell : row.cells) {
        for (ir::ExprId e : {cell.value, cell.low, cell.high}) {
          if (e) out.push_back(e);
        }
        out.insert(out.end(), cell.items.begin(), cell.items.end());
      }
    }
  }
}

void collect_reads(const ir::Program& program, ir::ExprId id, std::vector<NodeRead>& reads) {
  const ir::Expr& e = program.expr(id);
  if (e.kind == ir::ExprKind::NodeValue || e.kind == ir::ExprKind::TraceRule || e.kind == ir::ExprKind::TraceReason ||
      e.kind == ir::ExprKind::TraceReasons) {
    const ir::NodeId node{e.a};
    if (std::none_of(reads.begin(), reads.end(), [&](const NodeRead& r) { return r.node == node; })) {
      reads.push_back({node, e.span});
    }
  }
  for (ir::ExprId arg : e.args) collect_reads(program, arg, reads);
}

}  // namespace

void node_expressions(const ir::Program& program, ir::NodeId id, std::vector<ir::ExprId>& out) {
  const ir::Node& node = program.node(id);
  if (const auto* let = std::get_if<ir::LetNode>(&node.body)) out.push_back(let->value);
  if (const auto* output = std::get_if<ir::OutputNode>(&node.body)) out.push_back(output->value);
  if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) add_rules(program, decision->rules, out);
  if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
    for (const ir::GateRule& rule : gate->rules) {
      for (ir::ExprId e : {rule.condition, rule.reason}) {
        if (e) out.push_back(e);
      }
    }
  }
  if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
    for (const ir::Criterion& criterion : scorecard->criteria) add_rules(program, criterion.rules, out);
    for (const ir::BandEntry& entry : scorecard->band) {
      for (ir::ExprId e : {entry.value, entry.reason}) {
        if (e) out.push_back(e);
      }
    }
  }
}

std::vector<std::vector<NodeRead>> node_dependencies(const ir::Program& program) {
  std::vector<std::vector<NodeRead>> reads(program.nodes.size());
  std::vector<ir::ExprId> exprs;
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    exprs.clear();
    node_expressions(program, ir::NodeId{n}, exprs);
    for (ir::ExprId e : exprs) collect_reads(program, e, reads[n]);
  }
  return reads;
}

}  // namespace charter::compiler
