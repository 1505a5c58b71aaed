// Loading bundles: manifest checks at the offending value, the import order,
// cycles, and the content digest (stable, sensitive to every byte, blind to
// line endings and to where the bundle is opened from).
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <unistd.h>

#include "compiler/load/bundle.hpp"
#include "dsl/diag/render.hpp"
#include "tests/support/temp_bundle.hpp"

namespace charter::compiler {
namespace {

namespace fs = std::filesystem;
using dsl::DiagKind;

using charter::test_support::TempBundle;

struct Loaded {
  dsl::SourceMap sources;
  dsl::DiagSink sink;
  Bundle bundle;
};

std::unique_ptr<Loaded> load(const fs::path& root) {
  auto loaded = std::make_unique<Loaded>();
  loaded->bundle = load_bundle(root, loaded->sources, loaded->sink);
  return loaded;
}

std::string manifest(const std::string& modules) {
  return R"({"name": "t", "version": "1.0.0", "modules": [)" + modules + "]}\n";
}

std::string module(const std::string& name, const std::string& body = "") {
  return "policy " + name + " version 1.0.0\n" + body + "const X = 1\n";
}

std::string with_crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

size_t position(const std::vector<size_t>& order, size_t module) {
  return static_cast<size_t>(std::find(order.begin(), order.end(), module) - order.begin());
}

TEST(LoadBundle, OrdersEveryModuleAfterTheModulesItImports) {
  const TempBundle folder({
      {"bundle.json", manifest(R"("route.charter", "intake/sender.charter", "vocabulary.charter")")},
      {"route.charter", module("t.route", "use t.intake.sender.{sender}\nuse t.vocabulary.*\n"
                                          "use std.text.{hits}\n")},
      {"intake/sender.charter", module("t.intake.sender", "use t.vocabulary as v\n")},
      {"vocabulary.charter", module("t.vocabulary")},
  });
  const auto loaded = load(folder.root());
  EXPECT_TRUE(loaded->sink.diagnostics().empty())
      << dsl::render_text(loaded->sources, loaded->sink.diagnostics());
  const Bundle& bundle = loaded->bundle;
  ASSERT_EQ(bundle.modules.size(), 3u);
  EXPECT_EQ(bundle.modules[0].name, "t.route");
  EXPECT_EQ(bundle.modules[1].path, "intake/sender.charter");
  EXPECT_EQ(bundle.modules[0].imports, (std::vector<size_t>{1, 2}));  // `std.…` is not a module
  EXPECT_EQ(bundle.modules[1].imports, (std::vector<size_t>{2}));
  EXPECT_EQ(bundle.order, (std::vector<size_t>{2, 1, 0}));
}

TEST(LoadBundle, KeepsManifestOrderBetweenUnrelatedModules) {
  const TempBundle folder({
      {"bundle.json", manifest(R"("b.charter", "a.charter", "c.charter")")},
      {"a.charter", module("t.a")},
      {"b.charter", module("t.b")},
      {"c.charter", module("t.c", "use t.a.*\n")},
  });
  const auto loaded = load(folder.root());
  EXPECT_FALSE(loaded->sink.has_errors());
  EXPECT_EQ(loaded->bundle.order, (std::vector<size_t>{0, 1, 2}));
}

TEST(LoadBundle, ReportsACycleOnceNamingEveryModuleOnIt) {
  const TempBundle folder({
      {"bundle.json", manifest(R"("a.charter", "b.charter", "c.charter", "d.charter")")},
      {"a.charter", module("t.a", "use t.b.*\n")},
      {"b.charter", module("t.b", "use t.c.*\n")},
      {"c.charter", module("t.c", "use t.a.*\n")},
      {"d.charter", module("t.d", "use t.a.*\n")},
  });
  const auto loaded = load(folder.root());
  const auto& diagnostics = loaded->sink.diagnostics();
  ASSERT_EQ(diagnostics.size(), 1u) << dsl::render_text(loaded->sources, diagnostics);
  EXPECT_EQ(diagnostics[0].kind, DiagKind::ImportCycle);
  EXPECT_EQ(diagnostics[0].message, "import cycle: `t.a` → `t.b` → `t.c` → `t.a`");
  EXPECT_EQ(diagnostics[0].notes.size(), 2u);
  EXPECT_EQ(loaded->sources.get(diagnostics[0].span.file).slice(diagnostics[0].span), "t.b");
  // Every module is still ordered once; d comes after what it imports.
  const std::vector<size_t>& order = loaded->bundle.order;
  ASSERT_EQ(order.size(), 4u);
  EXPECT_GT(position(order, 3), position(order, 0));
}

struct ManifestCase {
  std::string_view title;
  std::string json;
  DiagKind kind;
  std::string_view at;  // the text the diagnostic's span covers
};

void PrintTo(const ManifestCase& test, std::ostream* out) { *out << test.title; }

class BundleManifest : public testing::TestWithParam<ManifestCase> {};

TEST_P(BundleManifest, ReportsTheProblemAtTheOffendingValue) {
  const ManifestCase& test = GetParam();
  const TempBundle folder({{"bundle.json", test.json}, {"a.charter", module("t.a")}});
  const auto loaded = load(folder.root());
  const auto& diagnostics = loaded->sink.diagnostics();
  const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                  [&](const dsl::Diagnostic& d) { return d.kind == test.kind; });
  ASSERT_NE(found, diagnostics.end()) << dsl::render_text(loaded->sources, diagnostics);
  EXPECT_EQ(loaded->sources.get(found->span.file).slice(found->span), test.at)
      << dsl::render_text(loaded->sources, diagnostics);
  EXPECT_EQ(loaded->sources.get(found->span.file).path(),
            (folder.root() / "bundle.json").lexically_normal().generic_string());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, BundleManifest,
    testing::Values(
        ManifestCase{"version", R"({"name": "t", "version": "1.2", "modules": ["a.charter"]})",
                     DiagKind::InvalidVersion, R"("1.2")"},
        ManifestCase{"name", R"({"name": "T-1", "version": "1.0.0", "modules": ["a.charter"]})",
                     DiagKind::InvalidBundleName, R"("T-1")"},
        ManifestCase{"date",
                     R"({"name": "t", "version": "1.0.0", "effective_from": "2026-02-30",
                         "modules": ["a.charter"]})",
                     DiagKind::InvalidDateTime, R"("2026-02-30")"},
        ManifestCase{"outside", R"({"name": "t", "version": "1.0.0", "modules": ["../a.charter"]})",
                     DiagKind::InvalidBundlePath, R"("../a.charter")"},
        ManifestCase{"twice",
                     R"({"name": "t", "version": "1.0.0", "modules": ["a.charter",  "a.charter"]})",
                     DiagKind::DuplicateModulePath, R"("a.charter")"},
        ManifestCase{"missing", R"({"name": "t", "version": "1.0.0", "modules": ["b.charter"]})",
                     DiagKind::ModuleNotFound, R"("b.charter")"},
        ManifestCase{"type", R"({"name": "t", "version": 1, "modules": ["a.charter"]})",
                     DiagKind::ManifestWrongType, "1"},
        ManifestCase{"entry", R"({"name": "t", "version": "1.0.0", "modules": [true]})",
                     DiagKind::ManifestWrongType, "true"},
        ManifestCase{"repeated",
                     R"({"name": "t", "version": "1.0.0", "name": "u", "modules": ["a.charter"]})",
                     DiagKind::ManifestDuplicateKey, R"("name")"},
        ManifestCase{"unknown",
                     R"({"name": "t", "version": "1.0.0", "modules": ["a.charter"], "modle": 1})",
                     DiagKind::ManifestUnknownKey, R"("modle")"},
        ManifestCase{"absent", "{\n  \"name\": \"t\", \"modules\": [\"a.charter\"]}",
                     DiagKind::ManifestMissingKey, "{"},
        ManifestCase{"json", R"({"name": "t", "version": "1.0.0", "modules": ["a.charter",]})",
                     DiagKind::ManifestNotJson, ","},
        ManifestCase{"atom", R"({"name": "t", "version": "1.0.0", "x": tru, "modules": []})",
                     DiagKind::ManifestNotJson, "t"}),
    [](const testing::TestParamInfo<ManifestCase>& param) { return std::string(param.param.title); });

TEST(LoadBundle, ReportsAMissingManifestWithoutReadingModules) {
  const TempBundle folder({{"a.charter", module("t.a")}});
  const auto loaded = load(folder.root());
  ASSERT_EQ(loaded->sink.diagnostics().size(), 1u);
  EXPECT_EQ(loaded->sink.diagnostics()[0].kind, DiagKind::ManifestNotFound);
  EXPECT_TRUE(loaded->bundle.modules.empty());
  EXPECT_TRUE(loaded->bundle.digest.starts_with("sha256:"));
}

// ---------------------------------------------------------------- digest

const std::map<std::string, std::string> kSmallBundle = {
    {"bundle.json", R"({"name": "t", "version": "1.0.0", "modules": ["b.charter", "a.charter"]})"
                    "\n"},
    {"a.charter", "policy t.a version 1.0.0\nconst A = 1\n"},
    {"b.charter", "policy t.b version 1.0.0\nuse t.a.*\nconst B = A\n"},
};

std::string digest_of(const std::map<std::string, std::string>& files) {
  const TempBundle folder(files);
  const auto loaded = load(folder.root());
  EXPECT_FALSE(loaded->sink.has_errors()) << dsl::render_text(loaded->sources, loaded->sink.diagnostics());
  return loaded->bundle.digest;
}

TEST(BundleDigest, IsStableForTheSameSources) {
  // SHA-256 of "charter bundle digest 1\n", then each piece preceded by its
  // length (8 bytes, big-endian): the manifest, the module count, and each
  // module in path order as its path and its text.
  EXPECT_EQ(digest_of(kSmallBundle),
            "sha256:b881f94c1530a7860e5ee7efea3903f3564a7251e1fb2c26e27b238b24ecfed0");
}

// The digest of hand-made sources, so that any byte can be changed.
std::string digest_of_sources(const std::map<std::string, std::string>& files) {
  dsl::SourceMap sources;
  Manifest manifest;
  std::vector<LoadedModule> modules;
  for (const auto& [path, text] : files) {
    const dsl::SourceId id = sources.add(path, text);
    if (path == "bundle.json") manifest.source = id;
    else modules.push_back(LoadedModule{path, "", id, {}, {}});
  }
  return bundle_digest(manifest, modules, sources);
}

TEST(BundleDigest, ChangesWhenAnyByteOfAnySourceChanges) {
  const std::string base = digest_of_sources(kSmallBundle);
  EXPECT_EQ(base, digest_of(kSmallBundle));
  for (const auto& [path, text] : kSmallBundle) {
    for (size_t i = 0; i < text.size(); ++i) {
      auto changed = kSmallBundle;
      changed[path][i] = static_cast<char>(text[i] ^ 0x01);
      EXPECT_NE(digest_of_sources(changed), base) << "byte " << i << " of " << path;
    }
  }
  auto renamed = kSmallBundle;
  renamed["c.charter"] = renamed["a.charter"];
  renamed.erase("a.charter");
  EXPECT_NE(digest_of_sources(renamed), base);
}

TEST(BundleDigest, FramesEachPieceSoBytesCannotMoveBetweenThem) {
  const std::string split_early = digest_of_sources(
      {{"bundle.json", "{}"}, {"a.charter", "x"}, {"b.charter", "yz"}});
  const std::string split_late = digest_of_sources(
      {{"bundle.json", "{}"}, {"a.charter", "xy"}, {"b.charter", "z"}});
  EXPECT_NE(split_early, split_late);
  EXPECT_NE(digest_of_sources({{"bundle.json", "{}"}, {"a.charter", ""}}),
            digest_of_sources({{"bundle.json", "{}"}}));
}

TEST(BundleDigest, IsTheSameWithCrlfLineEndings) {
  auto crlf = kSmallBundle;
  for (auto& [path, text] : crlf) text = with_crlf(text);
  EXPECT_EQ(digest_of(crlf), digest_of(kSmallBundle));
  // A lone carriage return is content, not a line ending.
  auto lone = kSmallBundle;
  lone["a.charter"] += "\r";
  EXPECT_NE(digest_of_sources(lone), digest_of_sources(kSmallBundle));
}

TEST(BundleDigest, DoesNotDependOnTheWorkingDirectory) {
  const TempBundle folder(kSmallBundle);
  const fs::path before = fs::current_path();
  const std::string absolute = load(folder.root())->bundle.digest;
  fs::current_path(folder.root().parent_path());
  const std::string relative = load(folder.root().filename())->bundle.digest;
  fs::current_path(folder.root());
  const std::string here = load(".")->bundle.digest;
  fs::current_path(before);
  EXPECT_EQ(relative, absolute);
  EXPECT_EQ(here, absolute);
}

}  // namespace
}  // namespace charter::compiler
