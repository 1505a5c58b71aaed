// The subcommands of the `charter` tool; each file adds one to the app and
// returns the exit code through `exit_code` when it ran. Phase: CLI.
#pragma once

#include <CLI/CLI.hpp>

namespace charter::cli {

void add_parse_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);
void add_graph_command(CLI::App& app, int& exit_code);

}  // namespace charter::cli
