// The analysis driver: runs each check in turn (one file per check) and
// holds what they share (checks.hpp).
#include "compiler/analysis/analyze.hpp"

#include "compiler/analysis/checks.hpp"

namespace charter::compiler::analysis {

void analyze(const ir::Program& program, const dag::DecisionDag& graph, const dsl::SourceMap& sources,
             dsl::DiagSink& sink, const AnalysisOptions& options) {
  AnalysisOptions with_sources = options;
  if (with_sources.sources == nullptr) with_sources.sources = &sources;
  const Context ctx{program, graph, sources, sink, with_sources};
  check_reasons(ctx);
  check_totality(ctx);
  check_tables(ctx);
  check_bands(ctx);
  check_shadowing(ctx);
  check_gates(ctx);
  check_unused_nodes(ctx);
  check_unused_declarations(ctx);
  check_cost(ctx);
}

std::vector<RuleList> rule_lists(const ir::Program& program) {
  std::vector<RuleList> lists;
  for (uint32_t n = 0; n < program.nodes.size(); ++n) {
    const ir::Node& node = program.nodes[n];
    if (const auto* decision = std::get_if<ir::DecisionNode>(&node.body)) {
      lists.push_back({ir::NodeId{n}, node.name, false, node.name_span, &decision->rules});
    }
    if (const auto* scorecard = std::get_if<ir::ScorecardNode>(&node.body)) {
      for (const ir::Criterion& criterion : scorecard->criteria) {
        lists.push_back({ir::NodeId{n}, node.name + "." + criterion.name, true, criterion.span, &criterion.rules});
      }
    }
  }
  return lists;
}

RuleFormulas rule_formulas(ConditionBuilder& builder, const std::vector<ir::Rule>& rules) {
  RuleFormulas out;
  for (const ir::Rule& rule : rules) {
    if (rule.kind == ir::Rule::Kind::Fallback) continue;
    out.rules.push_back(&rule);
    out.conditions.push_back(rule.kind == ir::Rule::Kind::When ? builder.condition(rule.condition) : Model::kTrue);
  }
  return out;
}

FormulaId RuleFormulas::decides(Model& model, size_t i) const {
  std::vector<FormulaId> parts = {conditions[i]};
  for (size_t j = 0; j < i; ++j) parts.push_back(model.negate(conditions[j]));
  return model.all_of(std::move(parts));
}

FormulaId table_context(Model& model, const RuleFormulas& formulas, const ir::Rule& rule) {
  for (size_t i = 0; i < formulas.rules.size(); ++i) {
    if (formulas.rules[i] == &rule) return formulas.decides(model, i);
  }
  return Model::kTrue;
}

std::string when_case(const Context& ctx, const Model& model, const Search& search) {
  if (search.example.empty()) return "in every case";
  return "when " + describe_case(model, search.example, &ctx.program.types);
}

std::string quoted_name(const std::string& name) { return "`" + name + "`"; }

}  // namespace charter::compiler::analysis
