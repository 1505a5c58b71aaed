// `charter test PATH… [--min-coverage PERCENT] [--filter TEXT] [--format text|json]`:
// compiles each bundle (a folder with bundle.json, or every bundle below a
// folder), runs its `test` blocks and reports failures and the coverage of
// rules, table rows, gate branches and band entries. Exits 1 when a bundle
// does not compile, a test fails, or coverage is below the minimum (100%
// unless given; not required with --filter unless given).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "compiler/pipeline.hpp"
#include "engine/cli/cli_common.hpp"
#include "engine/cli/commands.hpp"
#include "engine/eval/json_writer.hpp"
#include "engine/test/test_report.hpp"
#include "engine/test/test_runner.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::cli {

namespace fs = std::filesystem;

namespace {

enum class ReportFormat { Text, Json };

struct TestOptions {
  std::vector<std::string> paths;
  std::optional<double> min_coverage;
  std::string filter;
  ReportFormat format = ReportFormat::Text;
};

bool test_bundle(const fs::path& root, const TestOptions& options) {
  const std::string shown = display_path(root) == "." ? root.string() : display_path(root);
  const DiagFormat diagnostics = options.format == ReportFormat::Json ? DiagFormat::Json : DiagFormat::Text;
  const auto compilation = compiler::compile_bundle(root, stdlib::default_builtins());
  print_diagnostics(compilation->sources, compilation->diagnostics.diagnostics(), diagnostics);
  if (compilation->plan == nullptr) {
    if (options.format == ReportFormat::Json) {
      std::string out = "{\"path\":";
      engine::write_json_string(out, shown);
      std::cout << out << ",\"ok\":false,\"error\":\"the bundle does not compile\"}\n";
    } else {
      std::cerr << shown << ": failed: the bundle does not compile, so its tests cannot run\n";
    }
    return false;
  }
  const engine::TestRun run = engine::run_tests(*compilation, stdlib::default_builtins(), {.filter = options.filter});
  print_diagnostics(compilation->sources, run.diagnostics, diagnostics);
  engine::ReportOptions report;
  report.path = shown;
  // Coverage is complete unless said otherwise; a filtered run covers only what it runs.
  report.min_coverage = options.min_coverage;
  if (!report.min_coverage && options.filter.empty()) report.min_coverage = 100.0;
  if (options.format == ReportFormat::Json) {
    std::cout << engine::render_test_json(run, report) << "\n";
  } else {
    std::cout << engine::render_test_text(run, report);
  }
  return engine::run_passed(run, report);
}

// The bundles a path names: itself, or every bundle below it, in path order.
std::vector<fs::path> bundles_of(const std::string& name, bool& ok) {
  const fs::path path(name);
  std::error_code error;
  if (fs::exists(path / "bundle.json", error)) return {path};
  std::vector<fs::path> bundles;
  if (fs::is_directory(path, error)) {
    for (auto it = fs::recursive_directory_iterator(path, error); !error && it != fs::recursive_directory_iterator();
         it.increment(error)) {
      if (it->path().filename() == "bundle.json") bundles.push_back(it->path().parent_path());
    }
    std::sort(bundles.begin(), bundles.end());
  }
  if (bundles.empty()) {
    std::cerr << "charter: " << name
              << (fs::exists(path, error) ? ": no bundle (bundle.json) in this folder\n" : ": no such folder\n");
    ok = false;
  }
  return bundles;
}

}  // namespace

void add_test_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TestOptions>();
  CLI::App* command = app.add_subcommand("test", "Run the test blocks of bundles and report rule coverage");
  command->add_option("paths", options->paths, "Bundle folders, or folders of bundles")->required();
  command->add_option("--min-coverage", options->min_coverage,
                      "Fail when fewer than this percentage of rules, rows, gate branches and band entries fire "
                      "(default 100; not required with --filter)")
      ->check(CLI::Range(0.0, 100.0));
  command->add_option("--filter", options->filter, "Run only the tests whose name contains this text");
  command->add_option("--format", options->format, "Report format: text or json (one object per bundle)")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, ReportFormat>{{"text", ReportFormat::Text}, {"json", ReportFormat::Json}}));
  command->callback([options, &exit_code] {
    bool ok = true;
    for (const std::string& name : options->paths) {
      for (const fs::path& bundle : bundles_of(name, ok)) ok = test_bundle(bundle, *options) && ok;
    }
    exit_code = ok ? 0 : 1;
  });
}

}  // namespace charter::cli
