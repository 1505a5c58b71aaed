// Lowering of nodes: lets, decisions (first-hit rules, tables, fallbacks),
// gates (strongest verdict, rules tried strongest first), scorecards and
// outputs. Reasons are rendered only when tracing, unless an expression
// reads them.
#include <algorithm>

#include "base/check.hpp"
#include "compiler/lower/lowerer.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::compiler::lower_detail {

using ir::ExprKind;

namespace {

std::string rule_kind(ir::Rule::Kind kind) {
  switch (kind) {
    case ir::Rule::Kind::When: return "when";
    case ir::Rule::Kind::Otherwise: return "otherwise";
    case ir::Rule::Kind::Fallback: return "fallback";
  }
  return "when";
}

}  // namespace

void Lowerer::node(ir::NodeId id) {
  const ir::Node& source = program_.node(id);
  const uint32_t plan_node = plan_nodes_[id.value];
  if (const auto* let = std::get_if<ir::LetNode>(&source.body)) {
    // A let has no fallback: when it cannot be evaluated, its readers fall back.
    std::vector<size_t> fails;
    fail_sites_ = &fails;
    const uint32_t value = expr(let->value);
    fail_sites_ = nullptr;
    emit({OpCode::Decide, 0, 0, plan_node, value, UINT32_MAX});
    if (!fails.empty()) {
      let_fallible_[id.value] = true;
      const size_t skip = emit({OpCode::Jump, 0, 0, 0, 0, 0});
      for (size_t site : fails) patch_jump(site, here());
      emit({OpCode::NodeFailed, 0, 0, plan_node, 0, 0});
      patch_jump(skip, here());
    }
    return;
  }
  if (const auto* output = std::get_if<ir::OutputNode>(&source.body)) {
    emit({OpCode::Decide, 0, 0, plan_node, expr(output->value), UINT32_MAX});
    return;
  }
  if (const auto* decision = std::get_if<ir::DecisionNode>(&source.body)) {
    rules(plan_node, decision->rules, source.name);
    return;
  }
  if (const auto* gate_node = std::get_if<ir::GateNode>(&source.body)) {
    gate(id, *gate_node);
    return;
  }
  if (const auto* scorecard_node = std::get_if<ir::ScorecardNode>(&source.body)) {
    scorecard(id, *scorecard_node);
    return;
  }
}

void Lowerer::reason(uint32_t plan_node, ir::ExprId reason_expr, bool only_if_none) {
  if (!reason_expr) return;
  // Reasons cost text formatting: only traces (and expressions reading them) pay for it.
  const auto& ir_nodes = plan_nodes_;
  const auto source = static_cast<size_t>(std::find(ir_nodes.begin(), ir_nodes.end(), plan_node) - ir_nodes.begin());
  const bool needed = source < reason_needed_.size() && reason_needed_[source];
  size_t skip = 0;
  if (!needed) skip = emit({OpCode::JumpIfUntraced, 0, 0, 0, 0, 0});
  std::vector<uint32_t> parts;
  const ir::Expr& text = program_.expr(reason_expr);
  if (text.kind == ExprKind::Template) {
    for (ir::ExprId part : text.args) parts.push_back(expr(part));
  } else {
    parts.push_back(expr(reason_expr));
  }
  emit({OpCode::Reason, only_if_none ? uint16_t{1} : uint16_t{0}, 0, plan_node, operands(parts),
        static_cast<uint32_t>(parts.size())});
  if (!needed) patch_jump(skip, here());
}

uint32_t Lowerer::outcome(uint32_t plan_node, const ir::Rule& rule, uint32_t rule_index) {
  if (!rule.table) return expr(rule.value);
  const ir::Table& table = program_.table(rule.table);
  const uint32_t table_index = table_count_++;
  std::vector<uint32_t> columns;
  for (ir::ExprId input : table.inputs) columns.push_back(expr(input));
  emit({OpCode::TableBegin, 0, 0, table_index, 0, 0});
  std::vector<size_t> to_end;
  for (const ir::TableRow& row : table.rows) {
    const uint32_t row_rule = add_rule(row.id, plan_node, row.span, "row");
    std::vector<size_t> to_next;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (row.cells[c].kind == dsl::ast::Cell::Kind::Any && !row.cells[c].negated) continue;
      to_next.push_back(emit({OpCode::JumpIfFalse, 0, 0, cell_test(columns[c], row.cells[c]), 0, 0}));
    }
    uint32_t value;
    if (row.outputs.size() == 1) {
      value = expr(row.outputs[0]);
    } else {
      std::vector<uint32_t> fields;
      for (ir::ExprId output : row.outputs) fields.push_back(expr(output));
      value = new_slot();
      emit({OpCode::MakeRecord, 0, value, operands(fields), static_cast<uint32_t>(fields.size()), table.row_type.value});
    }
    emit({OpCode::TableRow, 0, 0, table_index, row_rule, value});
    reason(plan_node, row.reason, false);
    if (table.policy == dsl::ast::HitPolicy::First) to_end.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
    for (size_t site : to_next) patch_jump(site, here());
  }
  for (size_t site : to_end) patch_jump(site, here());
  const uint32_t dst = new_slot();
  emit_fallible({OpCode::TableEnd, static_cast<uint16_t>(table.policy), dst, table_index, plan_node, 0});
  (void)rule_index;
  return dst;
}

void Lowerer::rules(uint32_t plan_node, const std::vector<ir::Rule>& rule_list, const std::string& owner) {
  const ir::Rule* fallback = nullptr;
  bool has_otherwise = false;
  for (const ir::Rule& rule : rule_list) {
    if (rule.kind == ir::Rule::Kind::Fallback) fallback = &rule;
    if (rule.kind == ir::Rule::Kind::Otherwise) has_otherwise = true;
  }
  std::vector<size_t> fails;
  fail_sites_ = &fails;
  std::vector<size_t> to_end;
  std::vector<size_t> skips_reason;  // Decide ops that go to the end when untraced
  for (const ir::Rule& rule : rule_list) {
    if (rule.kind == ir::Rule::Kind::Fallback) continue;
    const uint32_t rule_index = add_rule(rule.id, plan_node, rule.span, rule_kind(rule.kind));
    std::vector<size_t> to_next;
    if (rule.kind == ir::Rule::Kind::When) branch(rule.condition, false, to_next);
    const uint32_t value = outcome(plan_node, rule, rule_index);
    // aux 2: a table's chosen row, when there is one, is the rule that decided.
    const size_t decide = emit({OpCode::Decide, rule.table ? uint16_t{2} : uint16_t{0}, 0, plan_node, value, rule_index});
    reason(plan_node, rule.reason, rule.table.valid());
    // Without a trace, a reason nothing reads is skipped: the decision goes
    // straight on to the end of the node.
    if (decide + 1 < plan_.ops.size() && plan_.ops[decide + 1].code == OpCode::JumpIfUntraced) {
      skips_reason.push_back(decide);
    }
    to_end.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
    for (size_t site : to_next) patch_jump(site, here());
  }
  if (!has_otherwise) {
    plan_.failure_texts.push_back("no rule of `" + owner + "` applies");
    emit_fallible({OpCode::Fail, 0, 0, static_cast<uint32_t>(plan_.failure_texts.size() - 1), 0, 0});
  }
  fail_sites_ = nullptr;
  if (fallback != nullptr) {
    for (size_t site : fails) patch_jump(site, here());
    emit({OpCode::NodeFailed, 0, 0, plan_node, 0, 0});
    const uint32_t rule_index = add_rule(fallback->id, plan_node, fallback->span, "fallback");
    const uint32_t value = outcome(plan_node, *fallback, rule_index);
    emit({OpCode::Decide, fallback->table ? uint16_t{2} : uint16_t{0}, 0, plan_node, value, rule_index});
    reason(plan_node, fallback->reason, fallback->table.valid());
  } else if (!fails.empty()) {
    to_end.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
    for (size_t site : fails) patch_jump(site, here());
    emit({OpCode::Abort, 0, 0, plan_node, 0, 0});
  }
  for (size_t site : to_end) patch_jump(site, here());
  for (size_t decide : skips_reason) plan_.ops[decide].untraced = here();
}

void Lowerer::gate(ir::NodeId id, const ir::GateNode& gate_node) {
  const uint32_t plan_node = plan_nodes_[id.value];
  // Strongest verdicts first: once one holds, weaker rules cannot change the outcome.
  std::vector<const ir::GateRule*> ordered;
  const ir::GateRule* fallback = nullptr;
  for (const ir::GateRule& rule : gate_node.rules) {
    if (rule.fallback) fallback = &rule;
    else ordered.push_back(&rule);
  }
  // Verdict order in the AST is Deny, Review, Allow, NotRequested; GateOutcome ordinals are
  // Allow 0, Review 1, Deny 2, NotRequested 3 (stronger is larger).
  const auto outcome_ordinal = [](dsl::ast::GateRule::Verdict verdict) -> uint8_t {
    switch (verdict) {
      case dsl::ast::GateRule::Verdict::Allow: return 0;
      case dsl::ast::GateRule::Verdict::Review: return 1;
      case dsl::ast::GateRule::Verdict::Deny: return 2;
      case dsl::ast::GateRule::Verdict::NotRequested: return 3;
    }
    return 0;
  };
  std::stable_sort(ordered.begin(), ordered.end(), [&](const ir::GateRule* a, const ir::GateRule* b) {
    return outcome_ordinal(a->verdict) > outcome_ordinal(b->verdict);
  });
  std::vector<size_t> fails;
  fail_sites_ = &fails;
  emit({OpCode::GateBegin, 0, 0, plan_node, 0, 0});
  for (const ir::GateRule* rule : ordered) {
    const uint8_t verdict = outcome_ordinal(rule->verdict);
    const uint32_t rule_index = add_rule(rule->id, plan_node, rule->span, std::string(dsl::ast::to_string(rule->verdict)), verdict);
    std::vector<size_t> to_next = {emit({OpCode::GateSkip, verdict, 0, plan_node, 0, 0})};
    if (rule->condition) branch(rule->condition, false, to_next);
    emit({OpCode::GateHit, verdict, 0, plan_node, rule_index, 0});
    reason(plan_node, rule->reason, false);
    for (size_t site : to_next) patch_jump(site, here());
  }
  plan_.failure_texts.push_back("no rule of gate `" + program_.node(id).name + "` holds");
  const auto no_rule = static_cast<uint32_t>(plan_.failure_texts.size() - 1);
  emit({OpCode::GateEnd, 0, 0, plan_node, no_rule, 0});
  fail_sites_ = nullptr;
  if (fallback == nullptr && fails.empty()) return;
  const size_t to_end = emit({OpCode::Jump, 0, 0, 0, 0, 0});
  for (size_t site : fails) patch_jump(site, here());
  if (fallback == nullptr) {
    emit({OpCode::Abort, 0, 0, plan_node, 0, 0});
  } else {
    const uint8_t verdict = outcome_ordinal(fallback->verdict);
    const uint32_t rule_index = add_rule(fallback->id, plan_node, fallback->span, "fallback", verdict);
    emit({OpCode::NodeFailed, 0, 0, plan_node, 0, 0});
    emit({OpCode::GateBegin, 0, 0, plan_node, 0, 0});
    emit({OpCode::GateHit, verdict, 0, plan_node, rule_index, 0});
    reason(plan_node, fallback->reason, false);
    emit({OpCode::GateEnd, 0, 0, plan_node, no_rule, 0});
  }
  patch_jump(to_end, here());
}

// The least and greatest number an expression can give, when they are known
// without evaluating it: a constant, or an `if` between such expressions.
std::optional<std::pair<double, double>> Lowerer::static_range(ir::ExprId id) const {
  const ir::Expr& e = program_.expr(id);
  if (e.kind == ExprKind::Constant) {
    const stdlib::Value& value = program_.constants[e.a];
    if (value.kind != stdlib::ValueKind::Int && value.kind != stdlib::ValueKind::Number) return std::nullopt;
    return std::pair{value.as_double(), value.as_double()};
  }
  if (e.kind == ExprKind::If) {
    const auto then = static_range(e.args[1]);
    const auto otherwise = static_range(e.args[2]);
    if (!then || !otherwise) return std::nullopt;
    return std::pair{std::min(then->first, otherwise->first), std::max(then->second, otherwise->second)};
  }
  return std::nullopt;
}

bool Lowerer::within_bounds(const ir::Criterion& criterion) const {
  for (const ir::Rule& rule : criterion.rules) {
    if (!rule.value.valid()) return false;
    const auto range = static_range(rule.value);
    if (!range || range->first < criterion.low || range->second > criterion.high) return false;
  }
  return !criterion.rules.empty();
}

void Lowerer::scorecard(ir::NodeId id, const ir::ScorecardNode& card) {
  const ir::Node& source = program_.node(id);
  const uint32_t plan_node = plan_nodes_[id.value];
  const stdlib::TypeTable& types = program_.types;
  const stdlib::RecordInfo& record = types.record_info(source.type);
  const stdlib::TypeId score_type = record.fields[0].type;
  const stdlib::TypeId criteria_type = record.fields.back().type;
  std::vector<uint32_t> criteria;
  uint32_t sum = UINT32_MAX;
  for (const ir::Criterion& criterion : card.criteria) {
    plan::NodeInfo info;
    info.name = source.name + "." + criterion.name;
    info.module = source.module;
    info.kind = plan::NodeKind::Criterion;
    info.type = score_type;
    info.slot = new_slot();
    info.location = location(criterion.span);
    const auto criterion_node = static_cast<uint32_t>(plan_.nodes.size());
    plan_.nodes.push_back(info);
    rules(criterion_node, criterion.rules, info.name);
    // A criterion scored outside its bounds makes the event fail: its rules
    // are wrong. Checked unless every outcome is a number within them.
    if (!within_bounds(criterion)) {
      const auto bound = [](double x) {
        return x == static_cast<double>(static_cast<int64_t>(x)) ? std::to_string(static_cast<int64_t>(x)) : std::to_string(x);
      };
      plan_.failure_texts.push_back("its score is outside its bounds " + bound(criterion.low) + ".." + bound(criterion.high));
      emit({OpCode::CheckBounds, static_cast<uint16_t>(plan_.failure_texts.size() - 1), 0,
            plan_.nodes[criterion_node].slot,
            operands({expr(criterion.low_expr), expr(criterion.high_expr), criterion_node}),
            plan::kNoTarget});
    }
    criteria.push_back(plan_.nodes[criterion_node].slot);
  }
  // The score: the criteria added in order, by one op.
  if (criteria.size() == 1) {
    sum = criteria[0];
  } else {
    sum = new_slot();
    if (criteria.empty()) {
      emit({OpCode::SetInt, 0, sum, 0, 0, 0});
    } else {
      emit({OpCode::Sum, 0, sum, operands(criteria), static_cast<uint32_t>(criteria.size()), plan::kNoTarget});
    }
  }
  const uint32_t criteria_record = new_slot();
  emit({OpCode::MakeRecord, 0, criteria_record, operands(criteria), static_cast<uint32_t>(criteria.size()),
        criteria_type.value});
  std::vector<uint32_t> fields = {sum};
  uint32_t decided_rule = UINT32_MAX;
  if (!card.band.empty()) {
    const uint32_t band = new_slot();
    const uint32_t band_rule = new_slot();
    std::vector<size_t> to_end;
    for (const ir::BandEntry& entry : card.band) {
      const uint32_t rule_index = add_rule(entry.id, plan_node, entry.span, "band");
      std::vector<size_t> to_next;
      if (entry.low) {
        const uint32_t test = new_slot();
        emit({OpCode::Compare, static_cast<uint16_t>(stdlib::CompareOp::Ge), test, sum, expr(entry.low_expr), 0});
        to_next.push_back(emit({OpCode::JumpIfFalse, 0, 0, test, 0, 0}));
      }
      if (entry.high) {
        const uint32_t test = new_slot();
        emit({OpCode::Compare, static_cast<uint16_t>(stdlib::CompareOp::Le), test, sum, expr(entry.high_expr), 0});
        to_next.push_back(emit({OpCode::JumpIfFalse, 0, 0, test, 0, 0}));
      }
      emit({OpCode::Move, 0, band, expr(entry.value), 0, 0});
      emit({OpCode::SetInt, 0, band_rule, rule_index, 0, 0});
      reason(plan_node, entry.reason, false);
      to_end.push_back(emit({OpCode::Jump, 0, 0, 0, 0, 0}));
      for (size_t site : to_next) patch_jump(site, here());
    }
    plan_.failure_texts.push_back("the score of `" + source.name + "` falls in no band");
    emit({OpCode::Fail, 0, 0, static_cast<uint32_t>(plan_.failure_texts.size() - 1), plan::kNoTarget, 0});
    for (size_t site : to_end) patch_jump(site, here());
    fields.push_back(band);
    decided_rule = band_rule;
  }
  fields.push_back(criteria_record);
  const uint32_t value = new_slot();
  emit({OpCode::MakeRecord, 0, value, operands(fields), static_cast<uint32_t>(fields.size()), source.type.value});
  // With a band, the band entry decided it (its rule index is in a slot); else no rule.
  emit({OpCode::Decide, decided_rule == UINT32_MAX ? uint16_t{0} : uint16_t{1}, 0, plan_node, value,
        decided_rule == UINT32_MAX ? UINT32_MAX : decided_rule});
}

}  // namespace charter::compiler::lower_detail
