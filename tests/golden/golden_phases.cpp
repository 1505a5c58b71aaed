#include "tests/golden/golden_phases.hpp"

#include <array>
#include <fstream>

#include "compiler/dag/decision_dag.hpp"
#include "compiler/load/bundle.hpp"
#include "compiler/pipeline.hpp"
#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/format/format.hpp"
#include "dsl/parse/parse.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/explain.hpp"
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

// The DOT picture of the bundle in the folder `path`, or its errors.
PhaseResult run_dag(const std::string& path, const std::string& /*text*/) {
  compiler::CompileOptions compile;
  compile.analyze = false;
  compile.lower = false;
  const auto c = compiler::compile_bundle(path, stdlib::default_builtins(), compile);
  if (c->diagnostics.has_errors() || !c->graph) return {dsl::render_text(c->sources, c->diagnostics.diagnostics()), true};
  compiler::dag::DotOptions options;
  options.title = c->bundle.manifest.name + " " + c->bundle.manifest.version;
  return {c->graph->to_dot(options), false};
}

// What the compiler says about the decision graph of the bundle in the
// folder `path`: cycles (E0410), and, through analysis, unused nodes (W0501).
PhaseResult run_dag_diag(const std::string& path, const std::string& /*text*/) {
  compiler::CompileOptions compile;
  compile.lower = false;
  const auto c = compiler::compile_bundle(path, stdlib::default_builtins(), compile);
  return {dsl::render_text(c->sources, c->diagnostics.diagnostics()), c->diagnostics.has_errors()};
}

// The diagnostics of compiling the file as a bundle of one module: names,
// types, decisions, the graph and lowering.
PhaseResult run_check(const std::string& path, const std::string& text) {
  const auto compilation = compiler::compile_sources({{path, text}}, stdlib::default_builtins());
  return {dsl::render_text(compilation->sources, compilation->diagnostics.diagnostics()),
          compilation->diagnostics.has_errors()};
}

// The explanation of every event of `events.jsonl` in the folder `path`
// under the bundle there, events separated by a blank line.
PhaseResult run_explain(const std::string& path, const std::string& /*text*/) {
  const auto c = compiler::compile_bundle(path, stdlib::default_builtins());
  if (!c->plan) return {dsl::render_text(c->sources, c->diagnostics.diagnostics()), true};
  std::ifstream in(path + "/events.jsonl", std::ios::binary);
  engine::Scratch scratch(*c->plan);
  engine::ExplainOptions options;
  options.bundle_dir = path;
  PhaseResult result;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!result.output.empty()) result.output += '\n';
    bool ok = false;
    result.output += engine::explain_event(*c->plan, scratch, line, engine::ExplainFormat::Text, options, &ok);
    result.has_errors = result.has_errors || !ok;
  }
  return result;
}

const std::array kPhases = {
    Phase{"parse", ".charter", ".ast", run_parse},
    Phase{"diag", ".charter", ".diag", run_diag},
    Phase{"fmt", ".charter", ".fmt", run_fmt},
    Phase{"bundle", "", ".diag", run_bundle, true},
    Phase{"dag", "", ".dot", run_dag, true},
    Phase{"dag_diag", "", ".diag", run_dag_diag, true},
    Phase{"check", ".charter", ".diag", run_check},
    Phase{"explain", "", ".explain", run_explain, true},
};

}  // namespace

const Phase* find_phase(std::string_view name) {
  for (const Phase& phase : kPhases) {
    if (phase.name == name) return &phase;
  }
  return nullptr;
}

}  // namespace charter::golden
