// Lowering: the checked, optimised program → the plan. Phase: lower.
// Each entry's nodes are emitted in the given (topological) order; each
// expression gets a slot; control flow (rules, `and`, `or`, `if`,
// quantifiers) becomes jumps; builtins' constant arguments are prepared once.
#pragma once

#include <string>
#include <vector>

#include "compiler/ir/ir.hpp"
#include "compiler/plan/plan.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler {

struct LowerInput {
  std::string bundle_name;
  std::string bundle_version;
  std::string digest;
  // Per entry: the nodes to evaluate, each after the nodes it reads.
  std::vector<std::vector<ir::NodeId>> order;
  // The program before optimisation, when it differs: explanations describe
  // the rules as written, whatever the passes did to their expressions.
  const ir::Program* written = nullptr;
};

plan::Plan lower(const ir::Program& program, const LowerInput& input, const stdlib::BuiltinTable& builtins,
                 const dsl::SourceMap& sources, dsl::DiagSink& sink);

}  // namespace charter::compiler
