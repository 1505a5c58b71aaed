// What the checks of the analysis share: the program and where to report,
// the rule lists of decisions and criteria, and how an example is written.
// Phase: analyze. Internal to compiler/analysis.
#pragma once

#include <string>
#include <vector>

#include "compiler/analysis/analyze.hpp"
#include "compiler/analysis/conditions.hpp"
#include "compiler/analysis/model.hpp"

namespace charter::compiler::analysis {

struct Context {
  const ir::Program& program;
  const dag::DecisionDag& graph;
  const dsl::SourceMap& sources;
  dsl::DiagSink& sink;
  const AnalysisOptions& options;
};

// A list of first-hit rules: a decision's, or a criterion's.
struct RuleList {
  ir::NodeId node;
  std::string owner;        // "route", or "lead_score.fit" for a criterion
  bool criterion = false;
  dsl::Span span;           // where to report about the whole list
  const std::vector<ir::Rule>* rules = nullptr;
};
std::vector<RuleList> rule_lists(const ir::Program& program);

// The rules of a list as formulas: `when` conditions, `otherwise` as true.
struct RuleFormulas {
  std::vector<const ir::Rule*> rules;  // in order, without the fallback
  std::vector<FormulaId> conditions;
  // The cases rule i decides: its condition holds and no earlier one does.
  FormulaId decides(Model& model, size_t i) const;
};
RuleFormulas rule_formulas(ConditionBuilder& builder, const std::vector<ir::Rule>& rules);
// Where the table of `rule` is used: the cases its rule decides (any case
// for a fallback, which applies when something could not be evaluated).
FormulaId table_context(Model& model, const RuleFormulas& formulas, const ir::Rule& rule);

// "when x is A and y is 3", or "in every case".
std::string when_case(const Context& ctx, const Model& model, const Search& search);

std::string quoted_name(const std::string& name);  // "`name`"

void check_reasons(const Context& ctx);
void check_totality(const Context& ctx);
void check_shadowing(const Context& ctx);
void check_tables(const Context& ctx);
void check_bands(const Context& ctx);
void check_gates(const Context& ctx);
void check_unused_nodes(const Context& ctx);
void check_unused_declarations(const Context& ctx);
void check_cost(const Context& ctx);

}  // namespace charter::compiler::analysis
