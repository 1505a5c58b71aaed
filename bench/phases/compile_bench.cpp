// Phase: compile, all of it, as Engine::load does on a cache miss: read the
// manifest and modules, parse, check, build the DAG, analyse, optimise, lower
// to a plan. "no_analysis" leaves out the static analysis, which a service
// reloading an already checked bundle could skip; the difference is its cost.
//
//   charter_compile_bench [--benchmark_filter=compile/rw1]
#include "bench/phases/bench_inputs.hpp"
#include "compiler/pipeline.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::bench {

namespace {

void compile_bundle(benchmark::State& state, const BundleCase& bundle, bool analyze) {
  const stdlib::BuiltinTable& builtins = stdlib::default_builtins();
  compiler::CompileOptions options;
  options.analyze = analyze;
  for (auto _ : state) {
    const auto compilation = compiler::compile_bundle(bundle.dir, builtins, options);
    if (compilation->plan == nullptr) {
      state.SkipWithError("the bundle does not compile");
      break;
    }
  }
}

}  // namespace

void register_benchmarks() {
  register_for_each_bundle("compile", "", benchmark::kMillisecond, compile_bundle, true);
  register_for_each_bundle("compile", "no_analysis", benchmark::kMillisecond, compile_bundle, false);
}

}  // namespace charter::bench
