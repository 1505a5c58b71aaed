#include "engine/trace/counterfactuals.hpp"

#include <algorithm>

#include "dsl/ast/ast.hpp"

namespace charter::engine {

using plan::RuleInfo;

TableIndex::TableIndex(const plan::Plan& plan) : table_of_row(plan.rules.size(), UINT32_MAX), policy(plan.table_count, 0) {
  for (const plan::Op& op : plan.ops) {
    if (op.code == plan::OpCode::TableRow && op.b < table_of_row.size()) table_of_row[op.b] = op.a;
    if (op.code == plan::OpCode::TableEnd && op.a < policy.size()) policy[op.a] = op.aux;
  }
}

namespace {

// The rules lowered for one node, around the rule that decided it: rules of
// a node are added one after another (once per entry that evaluates it).
struct RuleRun {
  uint32_t begin = 0, end = 0;
};

RuleRun run_around(const plan::Plan& plan, uint32_t node, uint32_t rule) {
  RuleRun run{rule, rule + 1};
  while (run.begin > 0 && plan.rules[run.begin - 1].node == node) --run.begin;
  while (run.end < plan.rules.size() && plan.rules[run.end].node == node) ++run.end;
  return run;
}

bool is_row(const RuleInfo& rule) { return rule.kind == "row"; }

bool row_matched(const Scratch& s, const TableIndex& tables, uint32_t rule) {
  const uint32_t table = tables.table_of_row[rule];
  if (table >= s.table_hits.size()) return false;
  const auto& hits = s.table_hits[table];
  return std::any_of(hits.begin(), hits.end(), [&](const TableHit& hit) { return hit.rule == rule; });
}

// What the trace says of each rule of a decision (or criterion, or a
// scorecard's band) decided by `decided`: tried and held, tried and did
// not hold, or not tried.
std::vector<Truth> decision_truths(const plan::Plan& plan, const Scratch& s, const TableIndex& tables, RuleRun run,
                                   uint32_t decided) {
  std::vector<Truth> truths(run.end - run.begin, Truth::Unknown);
  uint32_t owner = decided;  // a row's rule is the one whose table it is in
  while (owner > run.begin && is_row(plan.rules[owner])) --owner;
  const uint32_t table = is_row(plan.rules[decided]) ? tables.table_of_row[decided]
                         : decided + 1 < run.end && is_row(plan.rules[decided + 1]) ? tables.table_of_row[decided + 1]
                                                                                     : UINT32_MAX;
  const bool first_hit = table < tables.policy.size() &&
                         tables.policy[table] == static_cast<uint16_t>(dsl::ast::HitPolicy::First);
  for (uint32_t r = run.begin; r < run.end; ++r) {
    const RuleInfo& rule = plan.rules[r];
    Truth& truth = truths[r - run.begin];
    if (is_row(rule)) {
      if (table == UINT32_MAX || tables.table_of_row[r] != table) continue;
      if (row_matched(s, tables, r)) truth = Truth::True;
      else if (!(first_hit && r > decided)) truth = Truth::False;
    } else if (r < owner) {
      if (rule.kind == "when" || rule.kind == "band") truth = Truth::False;
    } else if (r == owner) {
      truth = Truth::True;
    }
  }
  return truths;
}

// A rule that did not hold, one change from holding: in one alternative,
// every test held but one; and that alternative has other tests, or the
// one is a comparison close to its threshold.
std::optional<NearMiss> near_miss(const RuleInfo& rule, uint32_t index, const EventValues& values) {
  if (rule.tests.empty()) return std::nullopt;
  const CheckedCondition checked = check_condition(rule.tests, values, Truth::False);
  for (size_t a = 0; a < rule.tests.size(); ++a) {
    const auto& states = checked.tests[a];
    size_t failed = states.size();
    bool settled = true;
    for (size_t t = 0; t < states.size(); ++t) {
      if (states[t].truth == Truth::Unknown) settled = false;
      if (states[t].truth == Truth::False) failed = failed == states.size() ? t : states.size() + 1;
    }
    if (!settled || failed >= states.size()) continue;
    const plan::ConditionTest& test = rule.tests[a][failed];
    // The other tests held on other values (bounds of one value, as in
    // `hour >= 9 and hour < 17`, are one test of it).
    const bool others = std::any_of(rule.tests[a].begin(), rule.tests[a].end(), [&](const plan::ConditionTest& t) {
      return t.kind == plan::ConditionTest::Kind::Other || test.kind == plan::ConditionTest::Kind::Other ||
             t.subject != test.subject || t.node != test.node || t.fields != test.fields;
    });
    if ((states.size() >= 2 && others) || near_threshold(test, states[failed])) {
      return NearMiss{index, Change{&test, true, states[failed].value}};
    }
  }
  return std::nullopt;
}

void gate_counterfactuals(const plan::Plan& plan, const Scratch& s, const EventValues& values, uint32_t node,
                          NodeCounterfactuals& out) {
  const auto& hits = s.gate_hits[node];
  if (hits.empty()) return;
  out.verdict = hits.front().verdict;
  const RuleRun run = run_around(plan, node, hits.front().rule);
  const auto held = [&](uint32_t r) {
    return std::any_of(hits.begin(), hits.end(), [&](const GateHit& h) { return h.rule == r && h.verdict == out.verdict; });
  };
  const bool contested = out.verdict == kDeny || out.verdict == kReview;
  if (contested) out.then.emplace();
  for (uint32_t r = run.begin; r < run.end; ++r) {
    const RuleInfo& rule = plan.rules[r];
    if (rule.kind == "fallback") continue;
    if (held(r)) {
      if (!contested) continue;
      Lift lift;
      lift.rule = r;
      lift.unconditional = rule.tests.empty();
      if (!lift.unconditional) lift.changes = ways_to_fail(rule.tests, check_condition(rule.tests, values, Truth::True));
      out.lifts.push_back(std::move(lift));
    } else if (rule.verdict > out.verdict) {
      // Tried, did not hold: one that nearly did would have been stronger.
      if (auto miss = near_miss(rule, r, values)) out.near_misses.push_back(*miss);
    } else if (rule.verdict < out.verdict && contested && !out.then->decided) {
      // Not tried: the outcome settled first. Checked here from its tests.
      const Truth truth = rule.tests.empty() ? Truth::True : check_condition(rule.tests, values, Truth::Unknown).truth;
      if (truth == Truth::Unknown) out.then->open.push_back({r, rule.verdict});
      if (truth != Truth::True) continue;
      out.then->decided = true;
      out.then->verdict = rule.verdict;
      out.then->rule = r;
    }
  }
}

void decision_counterfactuals(const plan::Plan& plan, const Scratch& s, const TableIndex& tables,
                              const EventValues& values, uint32_t node, NodeCounterfactuals& out) {
  const NodeState& state = s.nodes[node];
  if (state.status != NodeStatus::Decided || state.rule >= plan.rules.size()) return;
  const RuleRun run = run_around(plan, node, state.rule);
  const std::vector<Truth> truths = decision_truths(plan, s, tables, run, state.rule);
  for (uint32_t r = run.begin; r < run.end; ++r) {
    if (truths[r - run.begin] != Truth::False) continue;
    const RuleInfo& rule = plan.rules[r];
    if (!is_row(rule)) out.not_applied.push_back(r);
    if (auto miss = near_miss(rule, r, values)) out.near_misses.push_back(*miss);
  }
  // A Bool computed by a condition: what would turn it.
  const RuleInfo& decided = plan.rules[state.rule];
  const std::optional<stdlib::Value> value = values.node(node);
  if (decided.outcome_tests.empty() || !value || value->kind != stdlib::ValueKind::Bool) return;
  const CheckedCondition checked =
      check_condition(decided.outcome_tests, values, value->as_bool() ? Truth::True : Truth::False);
  out.flip_to = !value->as_bool();
  if (value->as_bool()) {
    out.flip = ways_to_fail(decided.outcome_tests, checked);
  } else if (const auto changes = way_to_hold(decided.outcome_tests, checked)) {
    for (const Change& change : *changes) out.flip.push_back({change});
  }
}

}  // namespace

NodeCounterfactuals find_counterfactuals(const plan::Plan& plan, const plan::Entry& entry, const Scratch& scratch,
                                         const TableIndex& tables, uint32_t node) {
  NodeCounterfactuals out;
  out.node = node;
  const EventValues values(plan, entry, scratch);
  const NodeState& state = scratch.nodes[node];
  if (state.status != NodeStatus::Decided) return out;  // a fallback decided: the failure is the story
  if (plan.nodes[node].kind == plan::NodeKind::Gate) gate_counterfactuals(plan, scratch, values, node, out);
  else decision_counterfactuals(plan, scratch, tables, values, node, out);
  return out;
}

}  // namespace charter::engine
