// Reading and checking a bundle's manifest, bundle.json. Phase: load.
// read_manifest registers the manifest in the SourceMap (an empty file when
// there is none) so that every problem points at the offending key or value.
// The result lists only the module paths that passed the checks.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "compiler/load/bundle.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler {

inline constexpr std::string_view kManifestFileName = "bundle.json";

struct ManifestRead {
  Manifest manifest;
  std::vector<dsl::Span> module_spans;  // where each of manifest.modules is listed
};

ManifestRead read_manifest(const std::filesystem::path& root, dsl::SourceMap& sources,
                           dsl::DiagSink& sink);

// How a file of the bundle is shown in diagnostics: the bundle folder as
// given, joined with the file's path inside it.
std::string display_path(const std::filesystem::path& root, std::string_view relative);

}  // namespace charter::compiler
