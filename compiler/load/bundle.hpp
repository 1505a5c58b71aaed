// A policy bundle on disk: a folder with a manifest (bundle.json) naming the
// bundle, its semantic version, its modules and an optional effective-from
// date. Phase: load. load_bundle reads and parses every module, resolves the
// imports between modules (rejecting cycles, naming the whole path), and
// computes the content digest that every decision carries. The SourceMap
// owns the text of the manifest and the modules; the Bundle owns the ASTs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dsl/ast/ast.hpp"
#include "dsl/diag/diagnostic.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::compiler {

struct Manifest {
  std::string name;                           // "mwms"
  std::string version;                        // "1.2.0" (semantic)
  std::optional<std::string> effective_from;  // "2026-07-01"
  std::vector<std::string> modules;           // relative, '/'-separated, in normal form; the
                                              // entries that failed a check are left out
  std::string fixtures = "fixtures";          // folder of test fixtures
  // "coverage": {"accepted": [...]}: rule ids `charter test` need not see
  // fired (docs/testing.md), with where each is listed.
  std::vector<std::pair<std::string, dsl::Span>> accepted_uncovered;
  dsl::SourceId source;                       // bundle.json, for diagnostics
};

struct LoadedModule {
  std::string path;          // relative to the bundle folder, '/'-separated
  std::string name;          // from its `policy` header ("mwms.intake.route"); empty without one
  dsl::SourceId source;
  dsl::ast::Module ast;
  std::vector<size_t> imports;  // indices of the modules it `use`s
};

struct Bundle {
  std::filesystem::path root;
  Manifest manifest;
  std::vector<LoadedModule> modules;  // in manifest order; a file that cannot be read is left out
  std::vector<size_t> order;          // a topological order: imports before importers
  std::string digest;                 // "sha256:<64 hex>"
};

// Loads the bundle in `root` (a folder holding bundle.json). Problems are
// reported to `sink`; what could be loaded is returned either way.
Bundle load_bundle(const std::filesystem::path& root, dsl::SourceMap& sources, dsl::DiagSink& sink);

// The digest of a bundle's normalised sources, "sha256:<64 lowercase hex>":
// the text of the manifest and, for each module in path order, its path and
// its text, every "\r\n" read as "\n" and every piece framed by its length.
// Any change to a byte of a source changes it; the checkout (line endings,
// where the folder is) does not. `manifest.source` and each module's source
// must be in `sources`.
std::string bundle_digest(const Manifest& manifest, const std::vector<LoadedModule>& modules,
                          const dsl::SourceMap& sources);

// The digest load_bundle would compute, from reading the manifest and the
// module files only (nothing is parsed): the key of a cache of compiled
// plans. Missing when the manifest or a module cannot be read.
std::optional<std::string> read_bundle_digest(const std::filesystem::path& root);

}  // namespace charter::compiler
