// Every outcome has a reason (E0422). Proves: each decision rule, each table
// row (by its own `because` or its rule's), each gate rule (fallbacks too)
// and each criterion rule has a `because`; in a band where some entries give
// a reason, every entry does. A band without any reason is explained by its
// score, whose criteria each have theirs. Does not judge what a reason says.
#include <algorithm>

#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

constexpr const char* kHelp = "add `because \"…\"` saying why, in words a reader of the decision record understands";

void check_rule_list(const Context& ctx, const RuleList& list) {
  for (const ir::Rule& rule : *list.rules) {
    if (rule.reason) continue;
    if (!rule.table) {
      // The expression forms `decision x = … because` and `c : 0..10 = … because` have one rule named after them.
      const std::string what = rule.id != list.owner ? "rule " : list.criterion ? "criterion " : "decision ";
      ctx.sink.emit(dsl::DiagKind::MissingReason, rule.span, what + quoted_name(rule.id) + " has no reason").help = kHelp;
      continue;
    }
    for (const ir::TableRow& row : ctx.program.table(rule.table).rows) {
      if (row.reason) continue;
      ctx.sink.emit(dsl::DiagKind::MissingReason, row.span,
                    "row " + quoted_name(row.id) + " has no reason, and neither has its rule " + quoted_name(rule.id))
          .help = "add `because \"…\"` at the end of the row, or after the table for every row";
    }
  }
}

}  // namespace

void check_reasons(const Context& ctx) {
  for (const RuleList& list : rule_lists(ctx.program)) check_rule_list(ctx, list);
  for (const ir::Node& node : ctx.program.nodes) {
    if (const auto* gate = std::get_if<ir::GateNode>(&node.body)) {
      for (const ir::GateRule& rule : gate->rules) {
        if (rule.reason) continue;
        ctx.sink.emit(dsl::DiagKind::MissingReason, rule.span, "gate rule " + quoted_name(rule.id) + " has no reason")
            .help = kHelp;
      }
    }
    if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
      const bool explained = std::any_of(scorecard->band.begin(), scorecard->band.end(),
                                         [](const ir::BandEntry& entry) { return entry.reason.valid(); });
      for (const ir::BandEntry& entry : scorecard->band) {
        if (entry.reason || !explained) continue;
        ctx.sink.emit(dsl::DiagKind::MissingReason, entry.span,
                      "band " + quoted_name(entry.id) + " has no reason, though other bands of " +
                          quoted_name(node.name) + " have one")
            .help = "add `because \"…\"` after the band's value: `85.. => Strong because \"…\"`";
      }
    }
  }
}

}  // namespace charter::compiler::analysis
