// `charter fmt [--check] [--diagnostics=text|json] PATH…`: rewrites policy
// files (folders are searched for `.charter` files) in the canonical layout;
// `-` reads standard input and writes the result to standard output. With
// --check nothing is written: each file that is not formatted is listed and
// the exit code is 1. A file with syntax errors is reported, never rewritten.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include "dsl/ast/ast_printer.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/format/format.hpp"
#include "dsl/parse/parse.hpp"
#include "engine/cli/cli_common.hpp"
#include "engine/cli/commands.hpp"

namespace charter::cli {
namespace {

namespace fs = std::filesystem;

struct FmtOptions {
  std::vector<std::string> paths;
  bool check = false;
  DiagFormat diagnostics = DiagFormat::Text;
};

// The formatted text, or nullopt when it would not parse back to the same
// tree: a formatter bug must never cost a user their policy.
std::optional<std::string> format_verified(const dsl::ast::Module& module,
                                           const dsl::SourceFile& file) {
  std::string formatted = dsl::format(module, file);
  dsl::SourceMap sources;
  const dsl::SourceFile& again = sources.get(sources.add(file.path(), formatted));
  dsl::DiagSink sink;
  const dsl::ast::Module reparsed = dsl::parse(again, sink);
  if (sink.has_errors() ||
      dsl::ast::print_ast(reparsed, again, {false}) != dsl::ast::print_ast(module, file, {false})) {
    std::cerr << "charter: " << file.path()
              << ": formatting would change the policy's meaning; the file is left as it is "
                 "(this is a bug in charter fmt)\n";
    return std::nullopt;
  }
  return formatted;
}

// One line per file that is not (or was not) formatted: `path: not formatted`.
void report(const std::string& path, const char* status, DiagFormat format) {
  if (format == DiagFormat::Json) {
    std::cout << "{\"file\":" << dsl::json_quote(path) << ",\"status\":\"" << status << "\"}\n";
  } else {
    std::cout << path << ": " << status << "\n";
  }
}

// Replaces the file through a temporary beside it, so that an interrupted
// write leaves the old text rather than half of the new one.
bool write_file(const fs::path& path, const std::string& text) {
  fs::path temporary = path;
  temporary += ".fmt-tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      std::cerr << "charter: " << temporary.string() << ": cannot be written\n";
      return false;
    }
  }
  std::error_code error;
  fs::permissions(temporary, fs::status(path, error).permissions(), error);
  fs::rename(temporary, path, error);
  if (error) {
    std::cerr << "charter: " << path.string() << ": cannot be replaced: " << error.message()
              << "\n";
    fs::remove(temporary, error);
    return false;
  }
  return true;
}

// Formats one source; returns false when it could not be formatted or
// (with --check) is not formatted. `path` is empty for standard input.
bool format_one(const dsl::SourceFile& file, const std::optional<fs::path>& path,
                const FmtOptions& options, dsl::DiagSink& sink) {
  const size_t errors_before = sink.error_count();
  const dsl::ast::Module module = dsl::parse(file, sink);
  if (sink.error_count() > errors_before) return false;
  const std::optional<std::string> formatted = format_verified(module, file);
  if (!formatted) return false;
  const bool changed = *formatted != file.text();
  if (options.check) {
    if (changed) report(file.path(), "not formatted", options.diagnostics);
    return !changed;
  }
  if (!path) {
    std::cout << *formatted;
    return true;
  }
  if (!changed) return true;
  if (!write_file(*path, *formatted)) return false;
  report(file.path(), "formatted", options.diagnostics);
  return true;
}

int run_fmt(const FmtOptions& options) {
  bool ok = true;
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  std::vector<std::string> file_paths;
  for (const std::string& path : options.paths) {
    if (path != "-") {
      file_paths.push_back(path);
      continue;
    }
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    const dsl::SourceId id = sources.add("<stdin>", std::move(text));
    ok = format_one(sources.get(id), std::nullopt, options, sink) && ok;
  }
  for (const fs::path& path : collect_policy_files(file_paths, ok)) {
    const auto id = load_source(sources, path);
    if (!id) {
      ok = false;
      continue;
    }
    ok = format_one(sources.get(*id), path, options, sink) && ok;
  }
  print_diagnostics(sources, sink.diagnostics(), options.diagnostics);
  return ok ? 0 : 1;
}

}  // namespace

void add_fmt_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<FmtOptions>();
  CLI::App* command = app.add_subcommand("fmt", "Rewrite policy files in the canonical layout");
  command->add_option("paths", options->paths, "Policy files or folders; - for standard input")
      ->required();
  command->add_flag("--check", options->check,
                    "Write nothing; list the files that are not formatted and fail if any");
  command->add_option("--diagnostics", options->diagnostics, "Diagnostic format: text or json")
      ->transform(CLI::CheckedTransformer(std::map<std::string, DiagFormat>{
          {"text", DiagFormat::Text}, {"json", DiagFormat::Json}}));
  command->callback([options, &exit_code] { exit_code = run_fmt(*options); });
}

}  // namespace charter::cli
