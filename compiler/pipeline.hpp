// The one place that runs the compiler's phases in order: load the bundle,
// check it, analyse it, build the decision DAG, optimise, lower to a plan.
// Phase: all of the compiler. A Compilation owns the sources, diagnostics
// and every intermediate form, so tools can print any of them.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include "compiler/dag/decision_dag.hpp"
#include "compiler/ir/ir.hpp"
#include "compiler/load/bundle.hpp"
#include "compiler/plan/plan.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::compiler {

struct PassOptions {
  bool fold_constants = true;
  bool share_subexpressions = true;
  bool merge_keyword_scans = true;
  bool order_short_circuits = true;
  bool fuse_branches = true;  // on the plan: jump threading, compare-and-branch ops
  bool specialised_code = true;  // on the plan: copies of the code for runs with and without a trace
};

struct CompileOptions {
  PassOptions passes;
  bool analyze = true;  // static analysis (totality, shadowing, table overlaps…)
  bool lower = true;    // stop after checking when false
};

struct Compilation {
  dsl::SourceMap sources;
  dsl::DiagSink diagnostics;
  Bundle bundle;
  ir::Program program;
  std::optional<dag::DecisionDag> graph;
  std::shared_ptr<const plan::Plan> plan;  // null when there were errors
};

std::unique_ptr<Compilation> compile_bundle(const std::filesystem::path& root, const stdlib::BuiltinTable& builtins,
                                            const CompileOptions& options = {});

// A bundle made of the given module texts (path, text), without a manifest
// on disk: for tests and tools that check snippets. Imports between the
// modules are resolved as in a bundle.
struct ModuleText {
  std::string path;
  std::string text;
};
std::unique_ptr<Compilation> compile_sources(const std::vector<ModuleText>& modules,
                                             const stdlib::BuiltinTable& builtins, const CompileOptions& options = {});

}  // namespace charter::compiler
