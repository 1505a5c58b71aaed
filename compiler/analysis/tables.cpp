// Decision tables: overlapping rows (E0423) and gaps (E0424), each with an
// example input. Proves, treating the input columns as independent values:
// two rows of a `unique` table cannot both match (or two rows of an `any`
// table that give different constant values), and some row matches every
// case the table is used in (under `unique`, `any`, `first` and `priority`,
// where no row means no value; the collecting policies may match none). A
// table is used where its rule decides, so earlier rules narrow its cases:
// after `when first_level == Spam => …`, an `otherwise` table need not
// cover Spam. Gaps are reported for tables whose constrained columns are
// Bool values, enum values or numbers (dates and times too); a column of
// texts or records has cases no list of rows can name. Overlaps are found
// for any column; an example may combine values that linked columns (`x`
// and `x * 2`) cannot take together.
#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

namespace {

using dsl::ast::HitPolicy;

bool needs_a_row(HitPolicy policy) {
  return policy == HitPolicy::Unique || policy == HitPolicy::Any || policy == HitPolicy::First ||
         policy == HitPolicy::Priority;
}

// Whether the two rows surely give different values: constant outputs that differ.
bool disagree(const ConditionBuilder& builder, const ir::TableRow& a, const ir::TableRow& b) {
  for (size_t o = 0; o < a.outputs.size() && o < b.outputs.size(); ++o) {
    const auto x = builder.constant(a.outputs[o]), y = builder.constant(b.outputs[o]);
    if (x && y && !stdlib::values_equal(*x, *y)) return true;
  }
  return false;
}

void check_overlaps(const Context& ctx, ConditionBuilder& builder, const ir::Table& table, FormulaId context,
                    const std::vector<FormulaId>& rows) {
  Model& model = builder.model();
  for (size_t s = 1; s < table.rows.size(); ++s) {
    for (size_t r = 0; r < s; ++r) {
      const bool any = table.policy == HitPolicy::Any;
      if (any && !disagree(builder, table.rows[r], table.rows[s])) continue;
      const Search search = find_case(model, {{context, true}, {rows[r], true}, {rows[s], true}});
      if (search.result != Search::Result::Found) continue;
      std::string message = "rows " + quoted_name(table.rows[r].id) + " and " + quoted_name(table.rows[s].id) +
                            " both match " + when_case(ctx, model, search);
      if (any) message += ", and give different values";
      auto& diag = ctx.sink.emit(dsl::DiagKind::TableOverlap, table.rows[s].span, message);
      diag.notes.push_back({table.rows[r].span, quoted_name(table.rows[r].id) + " is here"});
      diag.help = any ? "rows of an `any` table that match together must agree: make them exclusive, or use `first`"
                      : "in a `unique` table at most one row matches: make the rows exclusive, or use `first` "
                        "if the first matching row should win";
      break;
    }
  }
}

void check_gap(const Context& ctx, ConditionBuilder& builder, const std::string& owner, const ir::Table& table,
               FormulaId context, const std::vector<FormulaId>& rows) {
  if (!needs_a_row(table.policy)) return;
  for (const ir::TableRow& row : table.rows) {
    for (size_t c = 0; c < row.cells.size() && c < table.inputs.size(); ++c) {
      const bool constrained = row.cells[c].kind != dsl::ast::Cell::Kind::Any || row.cells[c].negated;
      if (constrained && !builder.closed_domain(table.inputs[c])) return;
    }
  }
  Model& model = builder.model();
  std::vector<Goal> goals = {{context, true}};
  for (FormulaId row : rows) goals.push_back({row, false});
  const Search search = find_case(model, goals);
  if (search.result != Search::Result::Found) return;
  const std::string message = search.example.empty()
                                  ? "no row of the table of " + quoted_name(owner) + " can match"
                                  : "no row of the table of " + quoted_name(owner) + " matches " +
                                        when_case(ctx, model, search);
  ctx.sink.emit(dsl::DiagKind::TableGap, table.span, message).help =
      "add a row for these cases; a last row of `-` cells matches every case left";
}

void check_rule_list(const Context& ctx, const RuleList& list) {
  Model model;
  ConditionBuilder builder(ctx.program, ctx.sources, model);
  // Rows first, so that examples name the table's columns before the values
  // the rules before it test.
  std::vector<std::vector<FormulaId>> table_rows;
  for (const ir::Rule& rule : *list.rules) {
    table_rows.emplace_back();
    if (!rule.table) continue;
    const ir::Table& table = ctx.program.table(rule.table);
    for (const ir::TableRow& row : table.rows) table_rows.back().push_back(builder.row(table, row));
  }
  const RuleFormulas formulas = rule_formulas(builder, *list.rules);
  for (size_t i = 0; i < list.rules->size(); ++i) {
    const ir::Rule& rule = (*list.rules)[i];
    if (!rule.table) continue;
    const ir::Table& table = ctx.program.table(rule.table);
    const FormulaId context = table_context(model, formulas, rule);
    if (find_case(model, {{context, true}}).result == Search::Result::None) continue;  // said by shadowing.cpp
    const std::vector<FormulaId>& rows = table_rows[i];
    if (table.policy == HitPolicy::Unique || table.policy == HitPolicy::Any) {
      check_overlaps(ctx, builder, table, context, rows);
    }
    check_gap(ctx, builder, list.owner, table, context, rows);
  }
}

}  // namespace

void check_tables(const Context& ctx) {
  for (const RuleList& list : rule_lists(ctx.program)) check_rule_list(ctx, list);
}

}  // namespace charter::compiler::analysis
