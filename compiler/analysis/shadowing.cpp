// Rules that can never apply (W0502). Proves, with the conditions modelled
// as in totality.cpp (Bool, enum, number and text values compared with
// constants, and/or/not of them, other conditions as independent unknowns):
// a decision's or criterion's rule (an `otherwise` too) never applies
// because its condition is never true or earlier rules decide every case it
// covers; a table row never matches where its table is used, or, under
// `first`, earlier rows match every case it covers. (Gate rules that never
// change the verdict are found by gates.cpp.) A rule whose cases are all
// taken only through links between values (`x > 5`, then `x * 2 > 10`) is
// not found.
#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

bool satisfiable(const Model& model, std::vector<Goal> goals) {
  return find_case(model, goals).result != Search::Result::None;
}

void check_rules(const Context& ctx, Model& model, const RuleFormulas& formulas) {
  for (size_t i = 0; i < formulas.rules.size(); ++i) {
    const ir::Rule& rule = *formulas.rules[i];
    if (satisfiable(model, {{formulas.decides(model, i), true}})) continue;
    const std::string subject = "rule " + quoted_name(rule.id) + " can never apply: ";
    if (!satisfiable(model, {{formulas.conditions[i], true}})) {
      ctx.sink.emit(dsl::DiagKind::ShadowedRule, rule.span, subject + "its condition is never true").help =
          "remove the rule, or fix its condition";
      continue;
    }
    const bool otherwise = rule.kind == ir::Rule::Kind::Otherwise;
    auto& diag = ctx.sink.emit(dsl::DiagKind::ShadowedRule, rule.span,
                               subject + (otherwise ? "the rules before it cover every case"
                                                    : "earlier rules decide every case it covers"));
    for (size_t j = 0; j < i; ++j) {
      if (satisfiable(model, {{formulas.conditions[i], true}, {formulas.decides(model, j), true}})) {
        diag.notes.push_back({formulas.rules[j]->span, quoted_name(formulas.rules[j]->id) + " decides these cases first"});
      }
    }
    diag.help = otherwise ? "remove the `otherwise`: the rules before it already cover every case"
                          : "rules are tried in order: remove it, or move it before the rules that take its cases";
  }
}

void check_rows(const Context& ctx, ConditionBuilder& builder, const ir::Rule& rule, FormulaId context) {
  Model& model = builder.model();
  const ir::Table& table = ctx.program.table(rule.table);
  std::vector<FormulaId> rows;
  for (const ir::TableRow& row : table.rows) rows.push_back(builder.row(table, row));
  for (size_t s = 0; s < rows.size(); ++s) {
    const ir::TableRow& row = table.rows[s];
    const std::string subject = "row " + quoted_name(row.id) + " can never match: ";
    if (!satisfiable(model, {{context, true}, {rows[s], true}})) {
      if (!satisfiable(model, {{rows[s], true}})) {
        ctx.sink.emit(dsl::DiagKind::ShadowedRule, row.span, subject + "its cells never hold together").help =
            "remove the row, or fix its cells";
      } else {
        auto& diag =
            ctx.sink.emit(dsl::DiagKind::ShadowedRule, row.span, subject + "its cells never hold where the table is used");
        diag.notes.push_back({rule.span, "the table is used only where " + quoted_name(rule.id) + " decides"});
        diag.help = "remove the row: its cases never reach the table";
      }
      continue;
    }
    if (table.policy != dsl::ast::HitPolicy::First) continue;
    std::vector<Goal> goals = {{context, true}, {rows[s], true}};
    for (size_t r = 0; r < s; ++r) goals.push_back({rows[r], false});
    if (satisfiable(model, goals)) continue;
    auto& diag = ctx.sink.emit(dsl::DiagKind::ShadowedRule, row.span, subject + "earlier rows match every case it covers");
    for (size_t r = 0; r < s; ++r) {
      if (satisfiable(model, {{context, true}, {rows[s], true}, {rows[r], true}})) {
        diag.notes.push_back({table.rows[r].span, quoted_name(table.rows[r].id) + " matches these cases first"});
      }
    }
    diag.help = "the first matching row wins: remove it, or move it above the rows that take its cases";
  }
}

void check_rule_list(const Context& ctx, const RuleList& list) {
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  const RuleFormulas formulas = rule_formulas(builder, *list.rules);
  check_rules(ctx, model, formulas);
  for (const ir::Rule& rule : *list.rules) {
    if (!rule.table) continue;
    const FormulaId context = table_context(model, formulas, rule);
    if (satisfiable(model, {{context, true}})) check_rows(ctx, builder, rule, context);
  }
}

}  // namespace

void check_shadowing(const Context& ctx) {
  for (const RuleList& list : rule_lists(ctx.program)) check_rule_list(ctx, list);
}

}  // namespace charter::compiler::analysis
