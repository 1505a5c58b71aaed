// The `charter` command-line tool: one subcommand per file in this folder.
#include <CLI/CLI.hpp>

#include "engine/cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app("Charter: policies for governed decisions", "charter");
  app.require_subcommand(1);
  int exit_code = 0;
  charter::cli::add_parse_command(app, exit_code);
  charter::cli::add_check_command(app, exit_code);
  charter::cli::add_eval_command(app, exit_code);
  charter::cli::add_fmt_command(app, exit_code);
  charter::cli::add_graph_command(app, exit_code);
  charter::cli::add_doc_command(app, exit_code);
  charter::cli::add_explain_command(app, exit_code);
  charter::cli::add_test_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  }
  return exit_code;
}
