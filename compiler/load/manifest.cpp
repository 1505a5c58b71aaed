#include "compiler/load/manifest.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <tao/pegtl.hpp>

#include "compiler/load/manifest_json.hpp"
#include "dsl/diag/render.hpp"
#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/literals.hpp"

namespace charter::compiler {
namespace {

namespace fs = std::filesystem;
namespace pegtl = tao::pegtl;
using dsl::DiagKind;

constexpr std::string_view kManifestShape =
    R"(a manifest reads `{"name": "mwms", "version": "1.0.0", "modules": ["main.charter"]}`)";

std::string backticked(std::string_view text) {
  std::string quoted;
  quoted.reserve(text.size() + 2);
  quoted.append(1, '`').append(text).append(1, '`');
  return quoted;
}

// The whole of `text` matches the grammar rule `Rule`.
template <class Rule>
bool matches(std::string_view text) {
  pegtl::memory_input input(text.data(), text.size(), "");
  return pegtl::parse<pegtl::seq<Rule, pegtl::eof>>(input);
}

bool is_lower_word(std::string_view part) {
  if (part.empty() || part[0] < 'a' || part[0] > 'z') return false;
  return std::all_of(part.begin(), part.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_bundle_name(std::string_view name) {
  for (size_t begin = 0;;) {
    const size_t dot = name.find('.', begin);
    if (!is_lower_word(name.substr(begin, dot - begin))) return false;
    if (dot == std::string_view::npos) return true;
    begin = dot + 1;
  }
}

void check_name(const JsonString& name, dsl::DiagSink& sink) {
  if (is_bundle_name(name.value)) return;
  auto& diag = sink.emit(DiagKind::InvalidBundleName, name.span,
                         name.value.empty() ? std::string("the bundle name is empty")
                                            : "bundle name " + backticked(name.value) +
                                                  " is not a lowercase name");
  diag.help = "a bundle name is lowercase letters, digits and `_`, starting with a letter, "
              "in parts joined by `.`: `mwms`, `acme.intake`";
  std::string lower = name.value;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (lower != name.value && is_bundle_name(lower)) {
    diag.help = "write it in lower case: `\"" + lower + "\"`";
    diag.fix = dsl::DiagFix{name.span, dsl::json_quote(lower)};
  }
}

// The same rule as a module's `version`: the grammar's semantic version.
void check_version(const JsonString& version, dsl::DiagSink& sink) {
  if (!matches<dsl::grammar::semver_lexeme>(version.value)) {
    sink.emit(DiagKind::InvalidVersion, version.span,
              "expected a semantic version such as `1.2.0`, found " + backticked(version.value))
        .help = "a version has three numbers, major.minor.patch, optionally with `-rc.1` or `+build`";
  } else if (!dsl::parse_detail::decode_version(version.value)) {
    sink.emit(DiagKind::InvalidVersion, version.span,
              "version " + backticked(version.value) + " has a part that is too large")
        .help = "each part of a version is a number up to 4294967295";
  }
}

void check_date(const JsonString& date, dsl::DiagSink& sink) {
  if (matches<dsl::grammar::date_lexeme>(date.value) &&
      dsl::parse_detail::decode_date(date.value)) {
    return;
  }
  sink.emit(DiagKind::InvalidDateTime, date.span,
            "`effective_from` must be a date, found " + backticked(date.value))
      .help = "write a real calendar date as YYYY-MM-DD";
}

// Checks a path of the manifest: relative, inside the bundle folder, written
// in normal form with `/` (so equal paths are equal strings), and for a
// module, a `.charter` file. Existence is checked when the file is read.
bool check_path(const JsonString& path, std::string_view what, bool module_file,
                dsl::DiagSink& sink) {
  const std::string shown = std::string(what) + " " + backticked(path.value);
  const auto report = [&](std::string message, std::string help) -> dsl::Diagnostic& {
    auto& diag = sink.emit(DiagKind::InvalidBundlePath, path.span, std::move(message));
    diag.help = std::move(help);
    return diag;
  };
  const std::string_view text = path.value;
  if (text.empty()) {
    report(std::string(what) + " is empty", "write the path of a file inside the bundle folder");
    return false;
  }
  if (std::any_of(text.begin(), text.end(), [](char c) { return c >= 0 && c < 0x20; })) {
    report(std::string(what) + " contains a control character", "write the file's path as plain text");
    return false;
  }
  if (text.find('\\') != std::string_view::npos) {
    std::string slashed(text);
    std::replace(slashed.begin(), slashed.end(), '\\', '/');
    report(shown + " separates folders with `\\`", "write " + backticked(slashed) + "; paths use `/` on every system")
        .fix = dsl::DiagFix{path.span, dsl::json_quote(slashed)};
    return false;
  }
  const bool drive = text.size() >= 2 && text[1] == ':' &&
                     ((text[0] >= 'A' && text[0] <= 'Z') || (text[0] >= 'a' && text[0] <= 'z'));
  if (text[0] == '/' || drive) {
    report(shown + " is absolute", "write it relative to the bundle folder, which holds `bundle.json`");
    return false;
  }
  const std::string normal = fs::path(text).lexically_normal().generic_string();
  if (normal == ".." || normal.starts_with("../")) {
    report(shown + " leads outside the bundle folder",
           "a bundle's files live in its folder; move the file into it");
    return false;
  }
  if (normal != text) {
    report(shown + " is not written plainly", "write " + backticked(normal))
        .fix = dsl::DiagFix{path.span, dsl::json_quote(normal)};
    return false;
  }
  if (module_file && fs::path(text).extension() != ".charter") {
    report(shown + " does not name a `.charter` file", "list the policy modules, files ending in `.charter`");
    return false;
  }
  return true;
}

void read_modules(const ManifestJson& json, ManifestRead& read, dsl::DiagSink& sink) {
  if (!json.modules) return;
  if (json.modules->empty()) {
    sink.emit(DiagKind::ManifestMissingKey, json.modules_span, "`modules` lists no module")
        .help = R"(list the bundle's module files: `"modules": ["main.charter"]`)";
    return;
  }
  for (const JsonString& entry : *json.modules) {
    if (!check_path(entry, "module path", true, sink)) continue;
    const auto first = std::find(read.manifest.modules.begin(), read.manifest.modules.end(), entry.value);
    if (first != read.manifest.modules.end()) {
      auto& diag = sink.emit(DiagKind::DuplicateModulePath, entry.span,
                             "module " + backticked(entry.value) + " is listed twice");
      diag.notes.push_back({read.module_spans[static_cast<size_t>(first - read.manifest.modules.begin())],
                            "first listed here"});
      diag.help = "remove one of the two entries";
      continue;
    }
    read.manifest.modules.push_back(entry.value);
    read.module_spans.push_back(entry.span);
  }
}

std::optional<std::string> read_text(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

void report_missing_manifest(const fs::path& root, const dsl::SourceFile& file,
                             dsl::DiagSink& sink) {
  std::error_code error;
  const std::string folder = backticked(root.lexically_normal().generic_string());
  std::string message = "no `bundle.json` in " + folder;
  std::string help = "a bundle folder holds `bundle.json`, naming the bundle, its version and "
                     "its module files";
  if (!fs::exists(root, error)) {
    message = "bundle folder " + folder + " does not exist";
    help = "give the folder that holds the bundle's `bundle.json`";
  } else if (!fs::is_directory(root, error)) {
    message = folder + " is a file, not a bundle folder";
    help = "give the folder that holds the bundle's `bundle.json`";
  } else if (fs::exists(root / kManifestFileName, error)) {
    message = "`bundle.json` in " + folder + " cannot be read";
    help = "make it a readable file";
  }
  sink.emit(DiagKind::ManifestNotFound, dsl::Span{file.id(), 0, 0}, std::move(message)).help =
      std::move(help);
}

}  // namespace

std::string display_path(const fs::path& root, std::string_view relative) {
  return (root / fs::path(relative)).lexically_normal().generic_string();
}

ManifestRead read_manifest(const fs::path& root, dsl::SourceMap& sources, dsl::DiagSink& sink) {
  ManifestRead read;
  const std::string shown = display_path(root, kManifestFileName);
  std::optional<std::string> text = read_text(root / kManifestFileName);
  read.manifest.source = sources.add(shown, text.value_or(""));
  const dsl::SourceFile& file = sources.get(read.manifest.source);
  if (!text) {
    report_missing_manifest(root, file, sink);
    return read;
  }

  const ManifestJson json = read_manifest_json(file, sink);
  if (!json.is_object) return read;
  for (const std::string_view key : {"name", "version", "modules"}) {
    if (json.has(key)) continue;
    sink.emit(DiagKind::ManifestMissingKey, json.object_span, "the manifest has no " + backticked(key))
        .help = std::string(kManifestShape);
  }
  if (json.name) {
    check_name(*json.name, sink);
    read.manifest.name = json.name->value;
  }
  if (json.version) {
    check_version(*json.version, sink);
    read.manifest.version = json.version->value;
  }
  if (json.effective_from) {
    check_date(*json.effective_from, sink);
    read.manifest.effective_from = json.effective_from->value;
  }
  if (json.fixtures && check_path(*json.fixtures, "`fixtures` path", false, sink)) {
    read.manifest.fixtures = json.fixtures->value;
  }
  read_modules(json, read, sink);
  if (json.accepted) {
    for (const JsonString& id : *json.accepted) read.manifest.accepted_uncovered.emplace_back(id.value, id.span);
  }
  return read;
}

}  // namespace charter::compiler
