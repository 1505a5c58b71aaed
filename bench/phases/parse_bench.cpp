// Phase: parse. Every module of a bundle, source text to AST, per iteration;
// the files are read once before timing (reading them is part of compile).
//
//   charter_parse_bench [--benchmark_filter=parse/rw1]
#include "bench/phases/bench_inputs.hpp"
#include "dsl/parse/parse.hpp"

namespace charter::bench {

namespace {

void parse_bundle(benchmark::State& state, const BundleCase& bundle) {
  const auto loaded = load(bundle);
  size_t bytes = 0;
  for (const compiler::LoadedModule& module : loaded->bundle.modules) {
    bytes += loaded->sources.get(module.source).text().size();
  }
  for (auto _ : state) {
    dsl::DiagSink sink;
    for (const compiler::LoadedModule& module : loaded->bundle.modules) {
      dsl::ast::Module ast = dsl::parse(loaded->sources.get(module.source), sink);
      benchmark::DoNotOptimize(ast);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["modules"] = static_cast<double>(loaded->bundle.modules.size());
}

}  // namespace

void register_benchmarks() { register_for_each_bundle("parse", "", benchmark::kMicrosecond, parse_bundle); }

}  // namespace charter::bench
