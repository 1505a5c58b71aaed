#include "compiler/load/bundle.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "compiler/load/manifest.hpp"
#include "compiler/load/module_graph.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/diag/suggest.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::compiler {
namespace {

namespace fs = std::filesystem;
using dsl::DiagKind;

std::string backticked(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted.append(1, '`').append(text).append(1, '`');
  return quoted;
}

// The `.charter` files of the bundle folder that the manifest does not list,
// as candidates for "did you mean". The walk is bounded: this is only a hint.
std::vector<std::string> unlisted_modules(const fs::path& root, const Manifest& manifest) {
  constexpr size_t kMaxEntries = 10'000;
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  for (size_t seen = 0; !error && it != fs::recursive_directory_iterator() && seen < kMaxEntries;
       it.increment(error), ++seen) {
    if (it->path().extension() != ".charter" || !it->is_regular_file(error)) continue;
    std::string path = it->path().lexically_relative(root).generic_string();
    if (std::find(manifest.modules.begin(), manifest.modules.end(), path) == manifest.modules.end()) {
      found.push_back(std::move(path));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

void report_unreadable(const fs::path& root, const Manifest& manifest, const std::string& path,
                       dsl::Span listed, dsl::DiagSink& sink) {
  std::error_code error;
  const fs::path file = root / path;
  if (fs::is_directory(file, error)) {
    sink.emit(DiagKind::ModuleNotFound, listed, "module " + backticked(path) + " is a folder, not a file")
        .help = "list the module files, not the folders that hold them";
    return;
  }
  if (fs::exists(file, error)) {
    sink.emit(DiagKind::ModuleNotFound, listed, "module file " + backticked(path) + " cannot be read")
        .help = "make the file readable";
    return;
  }
  auto& diag = sink.emit(DiagKind::ModuleNotFound, listed,
                         "module file " + backticked(path) + " not found in the bundle folder");
  const std::vector<std::string> candidates = unlisted_modules(root, manifest);
  const std::vector<std::string_view> views(candidates.begin(), candidates.end());
  if (const auto suggestion = dsl::closest_match(path, views)) {
    diag.help = "did you mean " + backticked(*suggestion) + "?";
    diag.fix = dsl::DiagFix{listed, dsl::json_quote(*suggestion)};
  } else {
    diag.help = "module paths are relative to the folder that holds `bundle.json`";
  }
}

// The module's text, or nothing after reporting why it cannot be had.
std::optional<std::string> read_module(const fs::path& root, const Manifest& manifest,
                                       const std::string& path, dsl::Span listed,
                                       dsl::DiagSink& sink) {
  const fs::path file = root / path;
  std::error_code error;
  if (!fs::is_regular_file(file, error)) {
    report_unreadable(root, manifest, path, listed, sink);
    return std::nullopt;
  }
  // A symbolic link may lead out of the folder whose content the digest covers.
  std::error_code root_error;
  const fs::path real = fs::canonical(file, error);
  const fs::path real_root = fs::canonical(root, root_error);
  const std::string inside = real.lexically_relative(real_root).generic_string();
  if (!error && !root_error && (inside.empty() || inside == ".." || inside.starts_with("../"))) {
    sink.emit(DiagKind::InvalidBundlePath, listed,
              "module path " + backticked(path) + " leads outside the bundle folder through a link")
        .help = "a bundle's files live in its folder; copy the file into it";
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    report_unreadable(root, manifest, path, listed, sink);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// `intake/route.charter` in bundle `mwms` → `mwms.intake.route`, when every
// part is a name; empty otherwise.
std::string name_from_path(const Manifest& manifest, const std::string& path) {
  if (manifest.name.empty()) return {};
  std::string name = manifest.name;
  const fs::path stem = fs::path(path).replace_extension();
  for (const fs::path& part : stem) {
    const std::string text = part.string();
    const bool is_name = !text.empty() && !(text[0] >= '0' && text[0] <= '9') &&
                         std::all_of(text.begin(), text.end(), [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  (c >= '0' && c <= '9') || c == '_';
                         });
    if (!is_name) return {};
    name += "." + text;
  }
  return name;
}

bool parser_reported_header(const dsl::DiagSink& sink, size_t from, dsl::SourceId file) {
  const auto& diagnostics = sink.diagnostics();
  return std::any_of(diagnostics.begin() + static_cast<ptrdiff_t>(from), diagnostics.end(),
                     [&](const dsl::Diagnostic& d) {
                       return d.span.file == file &&
                              (d.kind == DiagKind::MalformedHeader || d.kind == DiagKind::MisplacedHeader ||
                               d.kind == DiagKind::InvalidVersion);
                     });
}

void check_header(LoadedModule& module, const Manifest& manifest, size_t diags_before,
                  dsl::DiagSink& sink) {
  if (module.ast.header) {
    module.name = module.ast.header->name.joined();
    return;
  }
  // A header the parser could not read has been reported already.
  if (parser_reported_header(sink, diags_before, module.source)) return;
  const uint32_t at = module.ast.decls.empty() ? 0 : module.ast.decls.front().span.begin;
  auto& diag = sink.emit(DiagKind::MissingPolicyHeader, dsl::Span{module.source, at, at},
                         "module " + backticked(module.path) + " has no `policy` header");
  const std::string name = name_from_path(manifest, module.path);
  const std::string version = manifest.version.empty() ? "1.0.0" : manifest.version;
  diag.help = name.empty() ? "start the file with `policy <name> version <major.minor.patch>`"
                           : "start the file with `policy " + name + " version " + version + "`";
}

void check_names(const std::vector<LoadedModule>& modules, dsl::DiagSink& sink) {
  std::map<std::string_view, const LoadedModule*> first;
  for (const LoadedModule& module : modules) {
    if (module.name.empty()) continue;
    const auto [it, inserted] = first.emplace(module.name, &module);
    if (inserted) continue;
    auto& diag = sink.emit(DiagKind::DuplicateModuleName, module.ast.header->name.span,
                           "module name " + backticked(module.name) + " is also the name of " +
                               backticked(it->second->path));
    diag.notes.push_back({it->second->ast.header->name.span,
                          backticked(module.name) + " is first declared here"});
    diag.help = "give each module a name of its own; a name usually follows the file's path";
  }
}

}  // namespace

Bundle load_bundle(const fs::path& root, dsl::SourceMap& sources, dsl::DiagSink& sink) {
  Bundle bundle;
  bundle.root = root;
  ManifestRead read = read_manifest(root, sources, sink);
  bundle.manifest = std::move(read.manifest);
  for (size_t i = 0; i < bundle.manifest.modules.size(); ++i) {
    const std::string& path = bundle.manifest.modules[i];
    std::optional<std::string> text = read_module(root, bundle.manifest, path, read.module_spans[i], sink);
    if (!text) continue;
    const dsl::SourceId source = sources.add(display_path(root, path), std::move(*text));
    const size_t diags_before = sink.diagnostics().size();
    LoadedModule module{path, {}, source, dsl::parse(sources.get(source), sink), {}};
    check_header(module, bundle.manifest, diags_before, sink);
    bundle.modules.push_back(std::move(module));
  }
  check_names(bundle.modules, sink);
  const ImportGraph graph = resolve_imports(bundle.modules, sink);
  for (size_t i = 0; i < graph.size(); ++i) {
    for (const Import& import : graph[i]) bundle.modules[i].imports.push_back(import.module);
  }
  bundle.order = order_modules(bundle.modules, graph, sink);
  bundle.digest = bundle_digest(bundle.manifest, bundle.modules, sources);
  return bundle;
}

std::optional<std::string> read_bundle_digest(const fs::path& root) {
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  ManifestRead read = read_manifest(root, sources, sink);
  std::vector<LoadedModule> modules;
  for (size_t i = 0; i < read.manifest.modules.size(); ++i) {
    const std::string& path = read.manifest.modules[i];
    std::optional<std::string> text = read_module(root, read.manifest, path, read.module_spans[i], sink);
    if (!text) continue;
    LoadedModule module;
    module.path = path;
    module.source = sources.add(display_path(root, path), std::move(*text));
    modules.push_back(std::move(module));
  }
  if (sink.has_errors()) return std::nullopt;
  return bundle_digest(read.manifest, modules, sources);
}

}  // namespace charter::compiler
