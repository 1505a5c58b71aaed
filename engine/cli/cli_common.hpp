// Helpers shared by the `charter` subcommands: finding policy files, reading
// them, and printing diagnostics in the chosen format. Phase: CLI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::cli {

enum class DiagFormat { Text, Json };

// Every `.charter` file named or found (recursively, in sorted order) under
// the given paths. A path that does not exist is reported on stderr and
// makes `ok` false.
std::vector<std::filesystem::path> collect_policy_files(const std::vector<std::string>& paths,
                                                         bool& ok);

// Reads a file into the map; on failure prints why and returns nullopt.
std::optional<dsl::SourceId> load_source(dsl::SourceMap& sources, const std::filesystem::path& path);

// The path as shown in diagnostics: relative to the working directory when
// it lies under it, so output is stable across checkouts.
std::string display_path(const std::filesystem::path& path);

void print_diagnostics(const dsl::SourceMap& sources, const std::vector<dsl::Diagnostic>& diags,
                       DiagFormat format);

}  // namespace charter::cli
