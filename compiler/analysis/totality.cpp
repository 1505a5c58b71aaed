// Every decision is total (E0420, E0421). A decision or criterion without
// `otherwise` must have `when` rules that cover every case, and a gate's
// rules must always give a verdict. Proves coverage when the conditions are
// about Bool values, enum values (`==`, `!=`, `in {…}`, ordering), numbers,
// dates and times compared with constants (intervals, whole or not), texts
// compared with constant texts, and any and/or/not of those; other
// conditions count as unknowns that may be true or false independently;
// lets are read as their values. So `when a < b` and `when a >= b` are seen
// to cover, and `when high` with `let high = x > 5` and `when x <= 5`, but
// `when x > 5` and `when x * 2 <= 10` are not. An example of an uncovered
// case is given; it may combine values no event has when values are linked.
#include <algorithm>

#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

void check_rule_list(const Context& ctx, const RuleList& list) {
  const std::vector<ir::Rule>& rules = *list.rules;
  const bool has_otherwise =
      std::any_of(rules.begin(), rules.end(), [](const ir::Rule& r) { return r.kind == ir::Rule::Kind::Otherwise; });
  if (has_otherwise) return;
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  const RuleFormulas formulas = rule_formulas(builder, rules);
  std::vector<Goal> goals;
  for (FormulaId condition : formulas.conditions) goals.push_back({condition, false});
  const Search search = find_case(model, goals);
  if (search.result == Search::Result::None) return;
  const std::string what = list.criterion ? "criterion " + quoted_name(list.owner) + " may score nothing"
                                          : quoted_name(list.owner) + " may decide nothing";
  std::string message;
  if (search.result == Search::Result::Unknown) {
    message = what + ": its rules are not shown to cover every case";
  } else if (search.example.empty()) {
    message = (list.criterion ? "criterion " + quoted_name(list.owner) + " scores nothing"
                              : quoted_name(list.owner) + " decides nothing") +
              ": none of its rules can apply";
  } else {
    message = what + ", for example " + when_case(ctx, model, search);
  }
  ctx.sink.emit(dsl::DiagKind::DecisionNotTotal, list.span, message).help =
      "add `otherwise => … because \"…\"` for the cases no rule covers";
}

void check_gate(const Context& ctx, const ir::Node& node, const ir::GateNode& gate) {
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  std::vector<Goal> goals;
  for (const ir::GateRule& rule : gate.rules) {
    if (!rule.fallback) goals.push_back({builder.condition(rule.condition), false});
  }
  const Search search = find_case(model, goals);
  if (search.result == Search::Result::None) return;
  std::string message = "gate " + quoted_name(node.name) + " may reach no verdict";
  if (search.result == Search::Result::Unknown) {
    message += ": its rules are not shown to cover every case";
  } else if (search.example.empty()) {
    message = "gate " + quoted_name(node.name) + " reaches no verdict: none of its rules can hold";
  } else {
    message += ", for example " + when_case(ctx, model, search);
  }
  ctx.sink.emit(dsl::DiagKind::GateNotTotal, node.name_span, message).help =
      "end the gate with an unconditional verdict, such as `review because \"…\"`";
}

}  // namespace

void check_totality(const Context& ctx) {
  for (const RuleList& list : rule_lists(ctx.program)) check_rule_list(ctx, list);
  for (const ir::Node& node : ctx.program.nodes) {
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) check_gate(ctx, node, *gate);
  }
}

}  // namespace charter::compiler::analysis
