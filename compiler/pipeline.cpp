#include "compiler/pipeline.hpp"

#include "compiler/analysis/analyze.hpp"
#include "compiler/check/checker.hpp"
#include "compiler/dag/dependencies.hpp"
#include "compiler/load/module_graph.hpp"
#include "compiler/lower/lower.hpp"
#include "compiler/opt/fuse_branches.hpp"
#include "compiler/opt/pass.hpp"
#include "compiler/opt/specialised_code.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::compiler {

namespace {

// An entry's nodes in the order of the policy as written, each value that
// optimisation shared (a node added after `written_nodes`) placed just
// before the first node that reads it. Decisions and traces list the nodes
// in this order, so it must not depend on the passes.
std::vector<ir::NodeId> with_shared_values(const ir::Program& program, const std::vector<ir::NodeId>& written_order,
                                           size_t written_nodes) {
  const std::vector<std::vector<NodeRead>> reads = node_dependencies(program);
  std::vector<bool> placed(program.nodes.size(), false);
  std::vector<ir::NodeId> order;
  const auto place = [&](const auto& self, ir::NodeId node) -> void {
    if (placed[node.value]) return;
    placed[node.value] = true;
    for (const NodeRead& read : reads[node.value]) {
      if (read.node.value >= written_nodes) self(self, read.node);
    }
    order.push_back(node);
  };
  for (ir::NodeId node : written_order) place(place, node);
  return order;
}

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
  // Optimisation may add shared values (new nodes): lowering places them
  // in the written order; c.graph stays the policy as written.
  const size_t written_nodes = c.program.nodes.size();
  const ir::Program written = c.program;
  for (const auto& pass : opt::pass_list(options.passes)) pass->run(c.program, builtins);
  LowerInput input;
  input.bundle_name = c.bundle.manifest.name;
  input.bundle_version = c.bundle.manifest.version;
  input.digest = c.bundle.digest;
  input.written = &written;
  for (uint32_t e = 0; e < c.program.entries.size(); ++e) {
    input.order.push_back(with_shared_values(c.program, c.graph->evaluation_order(ir::EntryId{e}), written_nodes));
  }
  auto plan = std::make_shared<plan::Plan>(lower(c.program, input, builtins, c.sources, c.diagnostics));
  if (options.passes.fuse_branches) opt::fuse_branches(*plan);
  if (options.passes.specialised_code) {
    opt::specialise_untraced(*plan);
    opt::specialise_traced(*plan);
  }
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
