// libFuzzer target for everything after parsing: arbitrary bytes compiled
// as a bundle of one module (checking, the graph, static analysis,
// optimisation, lowering). Checks what the compiler promises a policy
// author: no crash on any file, every diagnostic placed inside the file, a
// plan exactly when there is no error, and the same diagnostics every time.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_compiler: broken invariant: %s\n%s\n", what, detail.c_str());
  std::abort();
}

std::string compile_and_render(const std::string& text, bool& has_plan, bool& has_errors) {
  const auto c = charter::compiler::compile_sources({{"fuzz.charter", text}}, charter::stdlib::default_builtins());
  const auto& diagnostics = c->diagnostics.diagnostics();
  for (const charter::dsl::Diagnostic& d : diagnostics) {
    const auto& file = c->sources.get(d.span.file);
    if (d.span.begin > d.span.end || d.span.end > file.text().size()) fail("a diagnostic lies outside its file", d.message);
    if (d.message.empty()) fail("a diagnostic without a message", "");
  }
  has_plan = c->plan != nullptr;
  has_errors = c->diagnostics.has_errors();
  return charter::dsl::render_text(c->sources, diagnostics);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  bool has_plan = false, has_errors = false;
  const std::string first = compile_and_render(text, has_plan, has_errors);
  if (has_plan == has_errors) fail(has_plan ? "a plan despite errors" : "no plan and no error", first);
  bool again_plan = false, again_errors = false;
  if (compile_and_render(text, again_plan, again_errors) != first) fail("compiling twice gives other diagnostics", first);
  return 0;
}
