// `charter parse [--dump=ast] [--diagnostics=text|json] FILE…`: parses policy
// files and prints their syntax diagnostics and, when asked, their AST.
#include <iostream>
#include <map>
#include <memory>

#include "dsl/ast/ast_printer.hpp"
#include "dsl/parse/parse.hpp"
#include "engine/cli/cli_common.hpp"
#include "engine/cli/commands.hpp"

namespace charter::cli {

void add_parse_command(CLI::App& app, int& exit_code) {
  struct Options {
    std::vector<std::string> paths;
    std::string dump;
    DiagFormat diagnostics = DiagFormat::Text;
    bool spans = true;
  };
  auto options = std::make_shared<Options>();
  CLI::App* command = app.add_subcommand("parse", "Parse policy files and report syntax errors");
  command->add_option("paths", options->paths, "Policy files or folders")->required();
  command->add_option("--dump", options->dump, "Print the parsed form: ast")
      ->check(CLI::IsMember({"ast"}));
  command->add_flag("!--no-spans", options->spans, "Leave source positions out of the dump");
  command->add_option("--diagnostics", options->diagnostics, "Diagnostic format: text or json")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, DiagFormat>{{"text", DiagFormat::Text}, {"json", DiagFormat::Json}}));
  command->callback([options, &exit_code] {
    bool ok = true;
    dsl::SourceMap sources;
    dsl::DiagSink sink;
    for (const auto& path : collect_policy_files(options->paths, ok)) {
      const auto id = load_source(sources, path);
      if (!id) {
        ok = false;
        continue;
      }
      const dsl::ast::Module module = dsl::parse(sources.get(*id), sink);
      if (options->dump == "ast") {
        std::cout << dsl::ast::print_ast(module, sources.get(*id), {options->spans});
      }
    }
    print_diagnostics(sources, sink.diagnostics(), options->diagnostics);
    exit_code = ok && !sink.has_errors() ? 0 : 1;
  });
}

}  // namespace charter::cli
