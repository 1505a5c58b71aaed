// Phase: check. Name resolution and type checking of a loaded bundle (its
// ASTs) into the checked IR, per iteration; loading and parsing are done once
// before timing.
//
//   charter_check_bench [--benchmark_filter=check/rw1]
#include "bench/phases/bench_inputs.hpp"
#include "compiler/check/checker.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::bench {

namespace {

void check_bundle(benchmark::State& state, const BundleCase& bundle) {
  const auto loaded = load(bundle);
  const stdlib::BuiltinTable& builtins = stdlib::default_builtins();
  for (auto _ : state) {
    dsl::DiagSink sink;
    compiler::ir::Program program = compiler::check(loaded->bundle, builtins, loaded->sources, sink);
    benchmark::DoNotOptimize(program);
    if (sink.has_errors()) {
      state.SkipWithError("the bundle does not check");
      break;
    }
  }
}

}  // namespace

void register_benchmarks() { register_for_each_bundle("check", "", benchmark::kMicrosecond, check_bundle); }

}  // namespace charter::bench
