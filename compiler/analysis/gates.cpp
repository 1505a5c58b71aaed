// Gates: rules that never change the verdict (W0502) and gates that can
// never allow (W0505). Every holding rule is considered and the strongest
// verdict wins (not_requested > deny > review > allow), so a rule matters
// only where no stronger rule holds. Proves, with conditions modelled as in
// totality.cpp: a rule's condition is never true, or a stronger rule holds
// whenever it does; a gate has no `allow` rule, or none that ever decides.
// Fallback rules apply when a condition could not be evaluated and are left
// out. Links between different values are not known (see model.hpp).
#include <algorithm>

#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

using dsl::ast::GateRule;

// Larger is stronger.
int strength(GateRule::Verdict verdict) {
  switch (verdict) {
    case GateRule::Verdict::Allow: return 0;
    case GateRule::Verdict::Review: return 1;
    case GateRule::Verdict::Deny: return 2;
    case GateRule::Verdict::NotRequested: return 3;
  }
  return 0;
}

bool satisfiable(const Model& model, const std::vector<Goal>& goals) {
  return find_case(model, goals).result != Search::Result::None;
}

enum class Matters : uint8_t { Yes, NeverHolds, Overruled };

struct GateFormulas {
  std::vector<FormulaId> conditions;
  std::vector<Matters> matters;
};

GateFormulas analyse(const ir::GateNode& gate, ConditionBuilder& builder) {
  Model& model = builder.model();
  GateFormulas out;
  for (const ir::GateRule& rule : gate.rules) out.conditions.push_back(builder.condition(rule.condition));
  for (size_t i = 0; i < gate.rules.size(); ++i) {
    const ir::GateRule& rule = gate.rules[i];
    if (rule.fallback) {
      out.matters.push_back(Matters::Yes);
      continue;
    }
    if (!satisfiable(model, {{out.conditions[i], true}})) {
      out.matters.push_back(Matters::NeverHolds);
      continue;
    }
    std::vector<Goal> goals = {{out.conditions[i], true}};
    for (size_t j = 0; j < gate.rules.size(); ++j) {
      if (!gate.rules[j].fallback && strength(gate.rules[j].verdict) > strength(rule.verdict)) {
        goals.push_back({out.conditions[j], false});
      }
    }
    out.matters.push_back(satisfiable(model, goals) ? Matters::Yes : Matters::Overruled);
  }
  return out;
}

// Notes at the stronger rules that hold in some case where rule `i` does.
void note_stronger(const Model& model, const ir::GateNode& gate, const GateFormulas& formulas, size_t i,
                   dsl::Diagnostic& diag) {
  for (size_t j = 0; j < gate.rules.size(); ++j) {
    const ir::GateRule& other = gate.rules[j];
    if (other.fallback || strength(other.verdict) <= strength(gate.rules[i].verdict)) continue;
    if (!satisfiable(model, {{formulas.conditions[i], true}, {formulas.conditions[j], true}})) continue;
    const std::string note = quoted_name(other.id) + " gives `" + std::string(dsl::ast::to_string(other.verdict)) +
                             "` in these cases";
    if (std::none_of(diag.notes.begin(), diag.notes.end(), [&](const dsl::DiagNote& n) { return n.message == note; })) {
      diag.notes.push_back({other.span, note});
    }
  }
}

void check_gate(const Context& ctx, const ir::Node& node, const ir::GateNode& gate) {
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  const GateFormulas formulas = analyse(gate, builder);
  std::vector<size_t> allows;
  for (size_t i = 0; i < gate.rules.size(); ++i) {
    if (!gate.rules[i].fallback && gate.rules[i].verdict == GateRule::Verdict::Allow) allows.push_back(i);
  }
  const bool never_allows =
      std::all_of(allows.begin(), allows.end(), [&](size_t i) { return formulas.matters[i] != Matters::Yes; });
  if (never_allows) {
    const std::string why = allows.empty() ? "it has no `allow` rule"
                                           : "a stronger verdict holds whenever an `allow` rule does";
    auto& diag = ctx.sink.emit(dsl::DiagKind::GateNeverAllows, node.name_span,
                               "gate " + quoted_name(node.name) + " can never allow: " + why);
    for (size_t i : allows) note_stronger(model, gate, formulas, i, diag);
    diag.help = "add `allow when … because \"…\"` for the cases that may go ahead, or narrow the stronger rules";
  }
  for (size_t i = 0; i < gate.rules.size(); ++i) {
    const ir::GateRule& rule = gate.rules[i];
    if (formulas.matters[i] == Matters::Yes) continue;
    if (formulas.matters[i] == Matters::NeverHolds) {
      ctx.sink.emit(dsl::DiagKind::ShadowedRule, rule.span,
                    "gate rule " + quoted_name(rule.id) + " never holds: its condition is never true")
          .help = "remove the rule, or fix its condition";
      continue;
    }
    if (never_allows && rule.verdict == GateRule::Verdict::Allow) continue;  // said at the gate
    auto& diag = ctx.sink.emit(dsl::DiagKind::ShadowedRule, rule.span,
                               "gate rule " + quoted_name(rule.id) +
                                   " never changes the verdict: a stronger verdict holds whenever it does");
    note_stronger(model, gate, formulas, i, diag);
    diag.help = "not_requested beats deny, deny beats review, review beats allow: remove it, or narrow the stronger rules";
  }
}

}  // namespace

void check_gates(const Context& ctx) {
  for (const ir::Node& node : ctx.program.nodes) {
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) check_gate(ctx, node, *gate);
  }
}

}  // namespace charter::compiler::analysis
