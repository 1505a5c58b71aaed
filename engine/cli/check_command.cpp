// `charter check PATH… [--diagnostics=text|json] [--dump=ir|plan] [--cost]`: compiles
// bundles (a folder with bundle.json, or every bundle below a folder) and
// reports every diagnostic; a lone .charter file is checked whole, as a
// bundle of one module (its syntax only when it imports other modules).
// Exits 1 when anything has an error.
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "compiler/analysis/cost.hpp"
#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/parse/parse.hpp"
#include "engine/cli/cli_common.hpp"
#include "engine/cli/commands.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::cli {

namespace fs = std::filesystem;

namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  DiagFormat diagnostics = DiagFormat::Text;
  std::string dump;
  bool cost = false;
};

bool check_bundle(const fs::path& root, const CheckOptions& options) {
  const auto compilation = compiler::compile_bundle(root, stdlib::default_builtins());
  print_diagnostics(compilation->sources, compilation->diagnostics.diagnostics(), options.diagnostics);
  if (options.dump == "plan" && compilation->plan) std::cout << plan::print_plan(*compilation->plan);
  if (options.cost && compilation->graph && !compilation->diagnostics.has_errors()) {
    const compiler::analysis::AnalysisOptions costs{
        .modules = &compilation->bundle.modules, .sources = &compilation->sources, .builtins = &stdlib::default_builtins()};
    std::cout << compiler::analysis::print_costs(compilation->program,
                                                 compiler::analysis::decision_costs(compilation->program, costs));
  }
  const bool ok = !compilation->diagnostics.has_errors();
  if (options.diagnostics == DiagFormat::Text) {
    const std::string shown = display_path(root) == "." ? root.string() : display_path(root);
    std::cerr << shown << ": " << (ok ? "ok" : "failed") << " (" << compilation->bundle.modules.size()
              << " modules, " << compilation->program.nodes.size() << " nodes"
              << (compilation->bundle.digest.empty() ? "" : ", " + compilation->bundle.digest) << ")\n";
  }
  return ok;
}

// A .charter file on its own: checked whole, as a bundle of one module,
// unless it imports modules of its bundle (then its syntax only, and a note
// pointing at the bundle).
bool check_file(const fs::path& file, const CheckOptions& options) {
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  const auto id = load_source(sources, file);
  if (!id) return false;
  const dsl::ast::Module module = dsl::parse(sources.get(*id), sink);
  std::string imported;
  for (const dsl::ast::Decl& decl : module.decls) {
    const auto* use = std::get_if<dsl::ast::UseDecl>(&decl.node);
    if (use != nullptr && !use->path.parts.empty() && use->path.parts.front().text != "std") imported = use->path.joined();
  }
  if (sink.has_errors() || !imported.empty()) {
    print_diagnostics(sources, sink.diagnostics(), options.diagnostics);
    if (!sink.has_errors() && options.diagnostics == DiagFormat::Text) {
      std::cerr << display_path(file) << ": syntax ok; it imports `" << imported
                << "`, so check its bundle folder for everything else\n";
    }
    return !sink.has_errors();
  }
  const auto compilation = compiler::compile_sources({{file.string(), std::string(sources.get(*id).text())}},
                                                     stdlib::default_builtins());
  print_diagnostics(compilation->sources, compilation->diagnostics.diagnostics(), options.diagnostics);
  const bool ok = !compilation->diagnostics.has_errors();
  if (options.diagnostics == DiagFormat::Text) {
    std::cerr << display_path(file) << ": " << (ok ? "ok" : "failed") << " (" << compilation->program.nodes.size()
              << " nodes)\n";
  }
  return ok;
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand("check", "Compile bundles and report every problem");
  command->add_option("paths", options->paths, "Bundle folders, folders of bundles, or .charter files")->required();
  command->add_option("--dump", options->dump, "Also print a compiled form: plan")->check(CLI::IsMember({"plan"}));
  command->add_flag("--cost", options->cost, "Also print each decision's worst-case cost in evaluator steps");
  command->add_option("--diagnostics", options->diagnostics, "Diagnostic format: text or json")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, DiagFormat>{{"text", DiagFormat::Text}, {"json", DiagFormat::Json}}));
  command->callback([options, &exit_code] {
    bool ok = true;
    for (const std::string& name : options->paths) {
      const fs::path path(name);
      std::error_code error;
      if (fs::exists(path / "bundle.json", error)) {
        ok = check_bundle(path, *options) && ok;
        continue;
      }
      if (fs::is_directory(path, error)) {
        std::vector<fs::path> bundles;
        for (auto it = fs::recursive_directory_iterator(path, error); !error && it != fs::recursive_directory_iterator();
             it.increment(error)) {
          if (it->path().filename() == "bundle.json") bundles.push_back(it->path().parent_path());
        }
        std::sort(bundles.begin(), bundles.end());
        if (bundles.empty()) {
          std::cerr << "charter: " << name << ": no bundle (bundle.json) in this folder\n";
          ok = false;
        }
        for (const fs::path& bundle : bundles) ok = check_bundle(bundle, *options) && ok;
        continue;
      }
      bool files_ok = true;
      for (const fs::path& file : collect_policy_files({name}, files_ok)) ok = check_file(file, *options) && ok;
      ok = ok && files_ok;
    }
    exit_code = ok ? 0 : 1;
  });
}

}  // namespace charter::cli
