#include "tests/golden/golden_phases.hpp"

#include <array>

#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/parse/parse.hpp"

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

const std::array kPhases = {
    Phase{"parse", ".charter", ".ast", run_parse},
    Phase{"diag", ".charter", ".diag", run_diag},
};

}  // namespace

const Phase* find_phase(std::string_view name) {
  for (const Phase& phase : kPhases) {
    if (phase.name == name) return &phase;
  }
  return nullptr;
}

}  // namespace charter::golden
