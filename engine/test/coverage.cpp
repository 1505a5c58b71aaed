#include "engine/test/coverage.hpp"

#include <algorithm>

namespace charter::engine {

namespace {

std::string location_of(const dsl::SourceMap& sources, dsl::Span span) {
  const dsl::SourceFile& file = sources.get(span.file);
  const dsl::LineCol at = file.line_col(span.begin);
  return file.path() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

bool decided(const NodeState& state) {
  return state.status == NodeStatus::Decided || state.status == NodeStatus::FellBack;
}

}  // namespace

std::string_view coverage_kind_name(CoverageKind kind) {
  switch (kind) {
    case CoverageKind::Rule: return "rules";
    case CoverageKind::TableRow: return "table rows";
    case CoverageKind::GateBranch: return "gate branches";
    case CoverageKind::BandEntry: return "band entries";
  }
  return "rules";
}

std::string_view coverage_item_name(CoverageKind kind) {
  switch (kind) {
    case CoverageKind::Rule: return "rule";
    case CoverageKind::TableRow: return "table row";
    case CoverageKind::GateBranch: return "gate branch";
    case CoverageKind::BandEntry: return "band entry";
  }
  return "rule";
}

double CoverageCount::percent() const {
  const size_t needed = total - accepted;
  return needed == 0 ? 100.0 : 100.0 * static_cast<double>(covered) / static_cast<double>(needed);
}

uint32_t RuleIndex::find(std::string_view id) const {
  const auto it = by_id.find(std::string(id));
  return it == by_id.end() ? UINT32_MAX : it->second;
}

RuleIndex index_rules(const ir::Program& program, const plan::Plan& plan) {
  RuleIndex index;
  for (uint32_t r = 0; r < plan.rules.size(); ++r) index.by_id.emplace(plan.rules[r].id, r);
  index.parent.assign(plan.rules.size(), UINT32_MAX);
  const auto link_rows = [&](const std::vector<ir::Rule>& rules) {
    for (const ir::Rule& rule : rules) {
      const uint32_t parent = index.find(rule.id);
      if (!rule.table || parent == UINT32_MAX) continue;
      for (const ir::TableRow& row : program.table(rule.table).rows) {
        if (const uint32_t r = index.find(row.id); r != UINT32_MAX) index.parent[r] = parent;
      }
    }
  };
  for (const ir::Node& node : program.nodes) {
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) link_rows(decision->rules);
    if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : scorecard->criteria) link_rows(criterion.rules);
    }
  }
  return index;
}

std::vector<bool> fired_rules(const plan::Plan& plan, const RuleIndex& index, const Scratch& scratch) {
  std::vector<bool> fired(plan.rules.size(), false);
  const auto mark = [&](uint32_t rule) {
    if (rule < fired.size()) fired[rule] = true;
  };
  for (uint32_t n = 0; n < plan.nodes.size(); ++n) {
    const NodeState& state = scratch.nodes[n];
    if (!decided(state)) continue;
    mark(state.rule);
    // A row that decided (a single-row hit policy) fired its table's rule too.
    if (state.rule < index.parent.size()) mark(index.parent[state.rule]);
    if (plan.nodes[n].kind == plan::NodeKind::Gate) {
      for (const GateHit& hit : scratch.gate_hits[n]) mark(hit.rule);
    }
  }
  // Rows of a table that collects (its rule decided the node): every matching row.
  for (const std::vector<TableHit>& hits : scratch.table_hits) {
    for (const TableHit& hit : hits) {
      if (hit.rule >= plan.rules.size()) continue;
      const NodeState& state = scratch.nodes[plan.rules[hit.rule].node];
      if (decided(state) && state.rule == index.parent[hit.rule]) mark(hit.rule);
    }
  }
  return fired;
}

Coverage::Coverage(const ir::Program& program, const RuleIndex& index, const dsl::SourceMap& sources) {
  const auto add = [&](const std::string& id, CoverageKind kind, dsl::Span span, const std::string& node) {
    items_.push_back({id, kind, location_of(sources, span), node, index.find(id), false, false});
  };
  const auto add_rules = [&](const std::vector<ir::Rule>& rules, const std::string& node) {
    for (const ir::Rule& rule : rules) {
      add(rule.id, CoverageKind::Rule, rule.span, node);
      if (!rule.table) continue;
      for (const ir::TableRow& row : program.table(rule.table).rows) add(row.id, CoverageKind::TableRow, row.span, node);
    }
  };
  for (const ir::Node& node : program.nodes) {
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) add_rules(decision->rules, node.name);
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
      for (const ir::GateRule& rule : gate->rules) add(rule.id, CoverageKind::GateBranch, rule.span, node.name);
    }
    if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : scorecard->criteria) add_rules(criterion.rules, node.name);
      for (const ir::BandEntry& entry : scorecard->band) add(entry.id, CoverageKind::BandEntry, entry.span, node.name);
    }
  }
}

void Coverage::record(const std::vector<bool>& fired) {
  for (CoverageItem& item : items_) {
    if (item.plan_rule < fired.size() && fired[item.plan_rule]) item.covered = true;
  }
}

std::vector<std::pair<std::string, dsl::Span>> Coverage::accept(const std::vector<std::pair<std::string, dsl::Span>>& ids) {
  std::vector<std::pair<std::string, dsl::Span>> unknown;
  for (const auto& listed : ids) {
    bool found = false;
    for (CoverageItem& item : items_) {
      if (item.id != listed.first) continue;
      item.accepted = true;
      found = true;
    }
    if (!found) unknown.push_back(listed);
  }
  return unknown;
}

CoverageCount Coverage::count() const {
  CoverageCount count;
  for (CoverageKind kind : kCoverageKinds) {
    const CoverageCount part = this->count(kind);
    count.covered += part.covered;
    count.accepted += part.accepted;
    count.total += part.total;
  }
  return count;
}

CoverageCount Coverage::count(CoverageKind kind) const {
  CoverageCount count;
  for (const CoverageItem& item : items_) {
    if (item.kind != kind) continue;
    ++count.total;
    if (item.covered) ++count.covered;
    else if (item.accepted) ++count.accepted;
  }
  return count;
}

}  // namespace charter::engine
