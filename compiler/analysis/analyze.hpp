// Static analysis of a checked program: the mistakes of a policy that type
// checking cannot see. Phase: analyze, after the decision graph is built and
// before lowering. Reads the program, the graph and the sources; emits
// diagnostics only (docs/analysis.md describes each check and its limits):
//   E0420 a decision or criterion that may decide nothing
//   E0421 a gate that may reach no verdict
//   E0422 an outcome without a reason
//   E0423 rows of a `unique` table that can both match (or of an `any`
//         table that disagree)
//   E0424 a table or band that may match nothing
//   W0501 a node nothing needs; W0503 an unused constant; W0504 an unused `use`
//   W0502 a rule that can never apply; W0505 a gate that can never allow
//   W0506 a node whose cost has no bound; W0507 a node above the cost limit
#pragma once

#include <cstdint>
#include <vector>

#include "compiler/analysis/cost.hpp"
#include "compiler/dag/decision_dag.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/load/bundle.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler::analysis {

/// Runs every check on `program`. `options.modules` gives the parsed modules,
/// which the unused `const` and `use` checks and the list bounds of the cost
/// model need (the checked program no longer holds them).
void analyze(const ir::Program& program, const dag::DecisionDag& graph, const dsl::SourceMap& sources,
             dsl::DiagSink& sink, const AnalysisOptions& options = {});

}  // namespace charter::compiler::analysis
