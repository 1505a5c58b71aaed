#include "bench/phases/bench_inputs.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>

namespace charter::bench {

namespace {

constexpr size_t kParserPadding = 64;  // simdjson reads up to this far past a line

EventLines read_lines(const std::filesystem::path& path) {
  EventLines events;
  std::ifstream in(path, std::ios::binary);
  if (!in) return events;
  events.buffer.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  const size_t size = events.buffer.size();
  // Padding first: views into the buffer must not move afterwards.
  events.buffer.resize(size + kParserPadding, '\0');
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || events.buffer[i] == '\n') {
      if (i > start) events.lines.emplace_back(events.buffer.data() + start, i - start);
      start = i + 1;
    }
  }
  return events;
}

}  // namespace

const std::vector<BundleCase>& bundles() {
  static const std::vector<BundleCase> all = [] {
    const std::filesystem::path root = CHARTER_SOURCE_DIR;
    const char* rw1_corpus = std::getenv("CHARTER_RW1_CORPUS");
    return std::vector<BundleCase>{
        {"rw1", root / "bench/rw1/bundle", rw1_corpus != nullptr ? rw1_corpus : ""},
        {"intake-example", root / "policies/intake-example",
         root / "policies/intake-example/samples/events.jsonl"},
    };
  }();
  return all;
}


std::shared_ptr<const Engine> engine(const BundleCase& bundle) {
  // Google Benchmark calls a benchmark several times while it sizes the run;
  // keeping the engine keeps its plan, so only the first call compiles.
  static std::map<std::string, std::shared_ptr<const Engine>> loaded;
  auto& kept = loaded[bundle.name];
  if (kept) return kept;
  std::string report;
  kept = Engine::load(bundle.dir, &report);
  if (!kept) {
    std::fprintf(stderr, "%s does not compile:\n%s", bundle.dir.c_str(), report.c_str());
    std::abort();
  }
  return kept;
}

// Keeps the lines the bundle decides. The example's samples hold events that
// are errors on purpose (a missing field, broken JSON); timing them would mix
// error objects into a time per decision.
void keep_decided(EventLines& events, const BundleCase& bundle) {
  const auto session = engine(bundle)->session();
  const size_t all = events.lines.size();
  std::erase_if(events.lines, [&](std::string_view line) {
    session->evaluate_padded(line, events.capacity(line));
    return !session->last_ok();
  });
  if (events.lines.size() < all) {
    std::fprintf(stderr, "%s: %zu of %zu events are not decided (errors) and are left out\n", bundle.name.c_str(),
                 all - events.lines.size(), all);
  }
}

const EventLines& events(const BundleCase& bundle) {
  // Benchmarks run one after another on the main thread: no lock needed.
  static std::map<std::string, EventLines> loaded;
  const auto found = loaded.find(bundle.name);
  if (found != loaded.end()) return found->second;
  EventLines& lines = loaded[bundle.name];
  if (!bundle.events.empty()) {
    lines = read_lines(bundle.events);
    keep_decided(lines, bundle);
  }
  return lines;
}

std::unique_ptr<LoadedBundle> load(const BundleCase& bundle) {
  auto loaded = std::make_unique<LoadedBundle>();
  dsl::DiagSink sink;
  loaded->bundle = compiler::load_bundle(bundle.dir, loaded->sources, sink);
  if (sink.has_errors()) {
    std::fprintf(stderr, "%s cannot be loaded\n", bundle.dir.c_str());
    std::abort();
  }
  return loaded;
}

bool require_events(benchmark::State& state, const BundleCase& bundle) {
  if (!events(bundle).lines.empty()) return true;
  state.SkipWithError(bundle.events.empty()
                          ? "no events: set CHARTER_RW1_CORPUS to the RW1 corpus (scripts/bench.sh does)"
                          : "the events file is missing or empty");
  return false;
}

}  // namespace charter::bench
