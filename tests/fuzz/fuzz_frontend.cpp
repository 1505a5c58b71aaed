// libFuzzer target for the front end: parses arbitrary bytes, renders the
// diagnostics as text and JSON, prints the AST, and checks what the parser
// promises (dsl/parse/parse.hpp): no crash, every span inside the file, every
// rejection explained by a diagnostic, and an accepted file that parses again
// to the same AST. A broken promise aborts, which libFuzzer reports as a crash.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/parse/parse.hpp"

namespace {

using namespace charter::dsl;

[[noreturn]] void fail(const char* what, const std::string& detail = {}) {
  std::fprintf(stderr, "fuzz_frontend: broken invariant: %s\n%s\n", what, detail.c_str());
  std::abort();
}

void expect(bool condition, const char* what, const std::string& detail = {}) {
  if (!condition) fail(what, detail);
}

bool inside(Span span, const SourceFile& file) {
  return span.file == file.id() && span.begin <= span.end && span.end <= file.text().size();
}

void check_diagnostics(const SourceMap& sources, const SourceFile& file, const DiagSink& sink) {
  size_t errors = 0;
  for (const Diagnostic& d : sink.diagnostics()) {
    expect(inside(d.span, file), "a diagnostic span lies outside the file", d.message);
    expect(!d.message.empty(), "a diagnostic without a message");
    for (const DiagNote& note : d.notes) {
      expect(inside(note.span, file), "a note span lies outside the file", note.message);
    }
    if (d.fix) expect(inside(d.fix->span, file), "a fix span lies outside the file", d.message);
    if (d.severity == Severity::Error) ++errors;
  }
  expect(errors == sink.error_count(), "the sink miscounts its errors");
  const std::string text = render_text(sources, sink.diagnostics());
  const std::string json = render_json(sources, sink.diagnostics());
  expect(sink.diagnostics().empty() == text.empty(), "text rendering lost or invented output");
  expect(sink.diagnostics().empty() == json.empty(), "JSON rendering lost or invented output");
}

void check_module(const ast::Module& module, const SourceFile& file) {
  for (const ast::Expr& e : module.exprs) {
    expect(inside(e.span, file), "an expression span lies outside the file");
  }
  for (const ast::TypeRef& t : module.types) {
    expect(inside(t.span, file), "a type span lies outside the file");
  }
  for (const ast::Table& t : module.tables) {
    expect(inside(t.span, file), "a table span lies outside the file");
  }
  for (const ast::Decl& d : module.decls) {
    expect(inside(d.span, file), "a declaration span lies outside the file");
  }
  for (const ast::Comment& c : module.comments) {
    expect(inside(c.span, file), "a comment span lies outside the file");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("fuzz.charter", text));
  DiagSink sink;
  const ast::Module module = parse(file, sink);

  check_diagnostics(sources, file, sink);
  check_module(module, file);
  const std::string printed = ast::print_ast(module, file);
  if (sink.has_errors()) return 0;

  // Accepted: the parse is deterministic and the tree prints the same way again.
  DiagSink again_sink;
  const ast::Module again = parse(file, again_sink);
  expect(!again_sink.has_errors(), "a second parse of accepted input reports errors");
  expect(ast::print_ast(again, file) == printed, "a second parse gives another AST", printed);
  return 0;
}
