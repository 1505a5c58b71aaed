#include "compiler/opt/roots.hpp"

namespace charter::compiler::opt {
namespace {

using Visit = std::function<void(ir::ExprId&, RootKind)>;

void visit_if(ir::ExprId& id, RootKind kind, const Visit& visit) {
  if (id) visit(id, kind);
}

void visit_rules(ir::Program& program, std::vector<ir::Rule>& rules, const Visit& visit) {
  for (ir::Rule& rule : rules) {
    visit_if(rule.condition, RootKind::Value, visit);
    visit_if(rule.value, RootKind::Value, visit);
    visit_if(rule.reason, RootKind::Reason, visit);
    if (!rule.table) continue;
    ir::Table& table = program.tables[rule.table.value];
    for (ir::ExprId& input : table.inputs) visit_if(input, RootKind::Value, visit);
    for (ir::TableRow& row : table.rows) {
      for (ir::ExprId& output : row.outputs) visit_if(output, RootKind::Value, visit);
      visit_if(row.reason, RootKind::Reason, visit);
      for (ir::Cell& cell : row.cells) {
        visit_if(cell.value, RootKind::Value, visit);
        visit_if(cell.low, RootKind::Value, visit);
        visit_if(cell.high, RootKind::Value, visit);
        for (ir::ExprId& item : cell.items) visit_if(item, RootKind::Value, visit);
      }
    }
  }
}

}  // namespace

void for_each_root(ir::Program& program, ir::NodeId id, const Visit& visit) {
  ir::Node& node = program.nodes[id.value];
  if (auto* let = std::get_if<ir::LetNode>(&node.body)) visit_if(let->value, RootKind::Value, visit);
  if (auto* output = std::get_if<ir::OutputNode>(&node.body)) visit_if(output->value, RootKind::Value, visit);
  if (auto* decision = std::get_if<ir::DecisionNode>(&node.body)) visit_rules(program, decision->rules, visit);
  if (auto* gate = std::get_if<ir::GateNode>(&node.body)) {
    for (ir::GateRule& rule : gate->rules) {
      visit_if(rule.condition, RootKind::Value, visit);
      visit_if(rule.reason, RootKind::Reason, visit);
    }
  }
  if (auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
    for (ir::Criterion& criterion : scorecard->criteria) visit_rules(program, criterion.rules, visit);
    for (ir::BandEntry& entry : scorecard->band) {
      visit_if(entry.value, RootKind::Value, visit);
      visit_if(entry.reason, RootKind::Reason, visit);
    }
  }
}

}  // namespace charter::compiler::opt
