// The inputs of the phase benchmarks: the bundles they compile and the events
// they decide, loaded once per program. The RW1 events are the peers'
// generated corpus, named by CHARTER_RW1_CORPUS (scripts/bench.sh sets it);
// without it the RW1 event benchmarks are skipped with a message.
#pragma once

#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/load/bundle.hpp"
#include "dsl/source/source_file.hpp"
#include "engine/api/charter.hpp"

namespace charter::bench {

// Events as JSON lines in one buffer with padding after it, so the evaluator
// reads each line in place, as rw1_charter does.
struct EventLines {
  std::string buffer;
  std::vector<std::string_view> lines;
  // How many bytes of the buffer can be read from the start of `line`.
  size_t capacity(std::string_view line) const { return buffer.size() - (line.data() - buffer.data()); }
};

struct BundleCase {
  std::string name;  // "rw1", "intake-example": the benchmarks' name parts
  std::filesystem::path dir;
  std::filesystem::path events;  // empty when there is no corpus for it
};

// The RW1 bundle (bench/rw1/bundle) and the example bundle
// (policies/intake-example).
const std::vector<BundleCase>& bundles();

// The events of a bundle that it decides (not those that give an error
// object), read on first use; empty when they are missing.
const EventLines& events(const BundleCase& bundle);

// The bundle compiled once per program (aborts with the diagnostics if it does not compile).
std::shared_ptr<const Engine> engine(const BundleCase& bundle);

// Skips the benchmark with a message when the bundle has no events; true
// when it can go on.
bool require_events(benchmark::State& state, const BundleCase& bundle);

// A bundle read and parsed (load_bundle), with the sources its spans point into.
struct LoadedBundle {
  dsl::SourceMap sources;
  compiler::Bundle bundle;
};
std::unique_ptr<LoadedBundle> load(const BundleCase& bundle);

// Registers "<phase>/<bundle>[/<variant>]" for every bundle, each calling
// function(state, bundle, arguments...), its times shown in `unit`.
template <class Function, class... Arguments>
void register_for_each_bundle(const std::string& phase, const std::string& variant, benchmark::TimeUnit unit,
                              Function function, Arguments... arguments) {
  for (const BundleCase& bundle : bundles()) {
    const std::string name = phase + "/" + bundle.name + (variant.empty() ? "" : "/" + variant);
    benchmark::RegisterBenchmark(name.c_str(), function, bundle, arguments...)->Unit(unit);
  }
}

// Defined by each phase program: registers its benchmarks (main calls it).
void register_benchmarks();

}  // namespace charter::bench
