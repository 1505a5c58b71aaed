#include "tests/golden/golden_phases.hpp"

#include <array>
#include <memory>
#include <optional>

#include "compiler/check/checker.hpp"
#include "compiler/dag/decision_dag.hpp"
#include "compiler/load/bundle.hpp"
#include "compiler/pipeline.hpp"
#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/format/format.hpp"
#include "dsl/parse/parse.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::golden {
namespace {

PhaseResult run_parse(const std::string& path, const std::string& text) {
  dsl::SourceMap sources;
  const dsl::SourceFile& file = sources.get(sources.add(path, text));
  dsl::DiagSink sink;
  const dsl::ast::Module module = dsl::parse(file, sink);
  return {dsl::ast::print_ast(module, file) + dsl::render_text(sources, sink.diagnostics()),
          sink.has_errors()};
}

PhaseResult run_diag(const std::string& path, const std::string& text) {
  dsl::SourceMap sources;
  const dsl::SourceFile& file = sources.get(sources.add(path, text));
  dsl::DiagSink sink;
  (void)dsl::parse(file, sink);
  return {dsl::render_text(sources, sink.diagnostics()), sink.has_errors()};
}

// The canonical layout of the file, or its syntax errors when it has some
// (such a file is not formatted).
PhaseResult run_fmt(const std::string& path, const std::string& text) {
  dsl::SourceMap sources;
  const dsl::SourceFile& file = sources.get(sources.add(path, text));
  dsl::DiagSink sink;
  const dsl::ast::Module module = dsl::parse(file, sink);
  if (sink.has_errors()) return {dsl::render_text(sources, sink.diagnostics()), true};
  return {dsl::format(module, file), false};
}

// The diagnostics of loading the bundle in the folder `path`.
PhaseResult run_bundle(const std::string& path, const std::string& /*text*/) {
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  (void)compiler::load_bundle(path, sources, sink);
  return {dsl::render_text(sources, sink.diagnostics()), sink.has_errors()};
}

// The bundle in the folder `path`, checked, and its decision graph when
// checking succeeded.
struct Graphed {
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  compiler::Bundle bundle;
  compiler::ir::Program program;
  std::optional<compiler::dag::DecisionDag> graph;
};

std::unique_ptr<Graphed> build_graph(const std::string& path) {
  auto g = std::make_unique<Graphed>();
  g->bundle = compiler::load_bundle(path, g->sources, g->sink);
  if (g->sink.has_errors()) return g;
  g->program = compiler::check(g->bundle, stdlib::default_builtins(), g->sources, g->sink);
  if (g->sink.has_errors()) return g;
  g->graph = compiler::dag::DecisionDag::build(g->program, g->sink);
  return g;
}

// The DOT picture of the bundle in the folder `path`, or its errors.
PhaseResult run_dag(const std::string& path, const std::string& /*text*/) {
  const auto g = build_graph(path);
  if (g->sink.has_errors() || !g->graph) return {dsl::render_text(g->sources, g->sink.diagnostics()), true};
  compiler::dag::DotOptions options;
  options.title = g->bundle.manifest.name + " " + g->bundle.manifest.version;
  return {g->graph->to_dot(options), false};
}

// The diagnostics of building the decision graph (cycles) and of its
// unused-node lint.
PhaseResult run_dag_diag(const std::string& path, const std::string& /*text*/) {
  const auto g = build_graph(path);
  if (g->graph) g->graph->report_unused_nodes(g->sink);
  return {dsl::render_text(g->sources, g->sink.diagnostics()), g->sink.has_errors()};
}

// The diagnostics of compiling the file as a bundle of one module: names,
// types, decisions, the graph and lowering.
PhaseResult run_check(const std::string& path, const std::string& text) {
  const auto compilation = compiler::compile_sources({{path, text}}, stdlib::default_builtins());
  return {dsl::render_text(compilation->sources, compilation->diagnostics.diagnostics()),
          compilation->diagnostics.has_errors()};
}

const std::array kPhases = {
    Phase{"parse", ".charter", ".ast", run_parse},
    Phase{"diag", ".charter", ".diag", run_diag},
    Phase{"fmt", ".charter", ".fmt", run_fmt},
    Phase{"bundle", "", ".diag", run_bundle, true},
    Phase{"dag", "", ".dot", run_dag, true},
    Phase{"dag_diag", "", ".diag", run_dag_diag, true},
    Phase{"check", ".charter", ".diag", run_check},
};

}  // namespace

const Phase* find_phase(std::string_view name) {
  for (const Phase& phase : kPhases) {
    if (phase.name == name) return &phase;
  }
  return nullptr;
}

}  // namespace charter::golden
