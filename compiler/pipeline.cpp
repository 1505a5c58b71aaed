#include "compiler/pipeline.hpp"

#include "compiler/analysis/analyze.hpp"
#include "compiler/check/checker.hpp"
#include "compiler/load/module_graph.hpp"
#include "compiler/lower/lower.hpp"
#include "compiler/opt/pass.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::compiler {

namespace {

// Everything after loading: check, build the graph, lower.
void compile_loaded(Compilation& c, const stdlib::BuiltinTable& builtins, const CompileOptions& options) {
  if (c.bundle.modules.empty()) return;
  c.program = check(c.bundle, builtins, c.sources, c.diagnostics);
  if (c.diagnostics.has_errors()) return;
  c.graph = dag::DecisionDag::build(c.program, c.diagnostics);
  if (options.analyze && !c.diagnostics.has_errors()) {
    analysis::analyze(c.program, *c.graph, c.sources, c.diagnostics, {.modules = &c.bundle.modules, .builtins = &builtins});
  }
  if (c.diagnostics.has_errors() || !options.lower) return;
  // Optimisation may add shared values (new nodes): lowering follows the
  // optimised program's own graph; c.graph stays the policy as written.
  const size_t written_nodes = c.program.nodes.size();
  for (const auto& pass : opt::pass_list(options.passes)) pass->run(c.program, builtins);
  std::optional<dag::DecisionDag> optimised;
  if (c.program.nodes.size() != written_nodes) {
    dsl::DiagSink internal;
    optimised = dag::DecisionDag::build(c.program, internal);
  }
  const dag::DecisionDag& order = optimised ? *optimised : *c.graph;
  LowerInput input;
  input.bundle_name = c.bundle.manifest.name;
  input.bundle_version = c.bundle.manifest.version;
  input.digest = c.bundle.digest;
  for (uint32_t e = 0; e < c.program.entries.size(); ++e) input.order.push_back(order.evaluation_order(ir::EntryId{e}));
  auto plan = std::make_shared<plan::Plan>(lower(c.program, input, builtins, c.sources, c.diagnostics));
  if (!c.diagnostics.has_errors()) c.plan = std::move(plan);
}

}  // namespace

std::unique_ptr<Compilation> compile_bundle(const std::filesystem::path& root, const stdlib::BuiltinTable& builtins,
                                            const CompileOptions& options) {
  auto compilation = std::make_unique<Compilation>();
  compilation->bundle = load_bundle(root, compilation->sources, compilation->diagnostics);
  compile_loaded(*compilation, builtins, options);
  return compilation;
}

std::unique_ptr<Compilation> compile_sources(const std::vector<ModuleText>& modules,
                                             const stdlib::BuiltinTable& builtins, const CompileOptions& options) {
  auto compilation = std::make_unique<Compilation>();
  Compilation& c = *compilation;
  c.bundle.manifest.name = "sources";
  c.bundle.manifest.version = "0.0.0";
  for (const ModuleText& text : modules) {
    c.bundle.manifest.modules.push_back(text.path);
    LoadedModule module;
    module.path = text.path;
    module.source = c.sources.add(text.path, text.text);
    module.ast = dsl::parse(c.sources.get(module.source), c.diagnostics);
    module.name = module.ast.header ? module.ast.header->name.joined() : text.path;
    c.bundle.modules.push_back(std::move(module));
  }
  const ImportGraph graph = resolve_imports(c.bundle.modules, c.diagnostics);
  for (size_t m = 0; m < graph.size(); ++m) {
    for (const Import& import : graph[m]) c.bundle.modules[m].imports.push_back(import.module);
  }
  c.bundle.order = order_modules(c.bundle.modules, graph, c.diagnostics);
  c.bundle.digest = bundle_digest(c.bundle.manifest, c.bundle.modules, c.sources);
  if (c.diagnostics.has_errors()) return compilation;
  compile_loaded(c, builtins, options);
  return compilation;
}

}  // namespace charter::compiler
