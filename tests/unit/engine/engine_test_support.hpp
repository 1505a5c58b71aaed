// What the engine's unit tests share: bundle folders written for one test,
// loading through the public API with the diagnostics shown on failure,
// events read from JSON Lines files, and decisions read back as JSON.
#pragma once

#include <gtest/gtest.h>

#include <simdjson.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include "engine/api/charter.hpp"
#include "tests/support/temp_bundle.hpp"

namespace charter::test {

namespace fs = std::filesystem;

// A file of the repository (CHARTER_SOURCE_DIR is set by charter_add_unit_test).
inline fs::path source_path(const std::string& relative) { return fs::path(CHARTER_SOURCE_DIR) / relative; }

using charter::test_support::TempBundle;

// The engine for a bundle folder; null (and a test failure showing the
// diagnostics) when it does not compile.
inline std::shared_ptr<const Engine> load_engine(const fs::path& folder, const LoadOptions& options = {}) {
  std::string report;
  auto engine = Engine::load(folder, &report, options);
  if (engine == nullptr) ADD_FAILURE() << "the bundle " << folder << " does not compile:\n" << report;
  return engine;
}

// A test of one policy: its bundle written, its engine loaded, a session open.
class PolicyTest : public testing::Test {
 protected:
  explicit PolicyTest(const std::string& policy, const std::string& version = "1.0.0") : bundle_(policy, version) {}
  void SetUp() override {
    engine_ = load_engine(bundle_.root());
    ASSERT_NE(engine_, nullptr);
    session_ = engine_->session();
  }

  TempBundle bundle_;
  std::shared_ptr<const Engine> engine_;
  std::unique_ptr<Session> session_;
};

// The non-empty lines of a JSON Lines file.
inline std::vector<std::string> read_lines(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << file;
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

inline std::vector<std::string_view> views(const std::vector<std::string>& texts) {
  return {texts.begin(), texts.end()};
}

// Every event evaluated in turn on one session.
inline std::vector<std::string> evaluate_all(const Engine& engine, const std::vector<std::string>& events,
                                             const EvaluateOptions& options = {}) {
  const auto session = engine.session();
  std::vector<std::string> results;
  for (const std::string& event : events) results.emplace_back(session->evaluate(event, options));
  return results;
}

// A decision or error read back as JSON; the parser owns the document, so
// each Json keeps its own.
class Json {
 public:
  explicit Json(std::string_view text) : text_(text) {
    if (parser_.parse(text_).get(root_) != simdjson::SUCCESS) ADD_FAILURE() << "not JSON: " << text_;
  }
  Json(const Json&) = delete;
  Json& operator=(const Json&) = delete;

  // The value at a JSON Pointer ("/decisions/route/value"), as its JSON text;
  // "<absent>" when there is none. Numbers come back as simdjson writes them
  // (1e+14 as 100000000000000.0): compare the raw bytes to test formatting.
  std::string at(std::string_view pointer) {
    simdjson::dom::element element;
    if (root_.at_pointer(pointer).get(element) != simdjson::SUCCESS) return "<absent>";
    return simdjson::minify(element);
  }

  // The keys of the object at a JSON Pointer, in the order written.
  std::vector<std::string> keys(std::string_view pointer = "") {
    std::vector<std::string> out;
    simdjson::dom::object object;
    if (root_.at_pointer(pointer).get_object().get(object) != simdjson::SUCCESS) return out;
    for (const auto field : object) out.emplace_back(field.key);
    return out;
  }

 private:
  std::string text_;
  simdjson::dom::parser parser_;
  simdjson::dom::element root_;
};

// A bundle of the repository with events for it.
struct Corpus {
  const char* name;
  const char* bundle;  // relative to the repository
  const char* events;  // JSON Lines
};

// The example bundle with its samples (decided events and errors, non-ASCII),
// RW1 with varied events written for these tests, and a bundle written for
// the optimisation passes to have something to do.
inline std::vector<Corpus> corpora() {
  return {{"IntakeExample", "policies/intake-example", "policies/intake-example/samples/events.jsonl"},
          {"Rw1", "bench/rw1/bundle", "tests/unit/engine/data/rw1_events.jsonl"},
          {"Optimisable", "tests/unit/engine/bundles/optimisable", "tests/unit/engine/bundles/optimisable/events.jsonl"}};
}

inline std::string corpus_name(const testing::TestParamInfo<Corpus>& info) { return info.param.name; }
inline void PrintTo(const Corpus& corpus, std::ostream* out) { *out << corpus.name; }

// A test run once per corpus, with its engine loaded and its events read.
// The policies/ folder may be absent from a fresh checkout: its bundles are
// then skipped.
class CorpusTest : public testing::TestWithParam<Corpus> {
 protected:
  void SetUp() override {
    bundle_ = source_path(GetParam().bundle);
    if (!fs::exists(bundle_)) GTEST_SKIP() << bundle_ << " is not in this checkout";
    engine_ = load_engine(bundle_);
    ASSERT_NE(engine_, nullptr);
    events_ = read_lines(source_path(GetParam().events));
    ASSERT_FALSE(events_.empty());
  }

  fs::path bundle_;
  std::shared_ptr<const Engine> engine_;
  std::vector<std::string> events_;
};

}  // namespace charter::test
