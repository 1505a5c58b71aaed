// The subcommands of the `charter` tool; each file adds one to the app and
// returns the exit code through `exit_code` when it ran. Phase: CLI.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace charter::stdlib {
class BuiltinTable;
}

namespace charter::cli {

void add_parse_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);
void add_fmt_command(CLI::App& app, int& exit_code);
void add_graph_command(CLI::App& app, int& exit_code);
void add_doc_command(CLI::App& app, int& exit_code);
void add_explain_command(CLI::App& app, int& exit_code);
void add_test_command(CLI::App& app, int& exit_code);

// docs/stdlib.md as `charter doc stdlib` prints it (doc_command.cpp), and
// what it lacks: record fields without a meaning, meanings of no field.
std::string render_stdlib_doc(const stdlib::BuiltinTable& table);
std::vector<std::string> record_field_doc_problems(const stdlib::BuiltinTable& table);

}  // namespace charter::cli
