// The main() of every phase program: its benchmarks are registered at run
// time (one per bundle), so the program's register_benchmarks() runs first.
#include <benchmark/benchmark.h>

#include "bench/phases/bench_inputs.hpp"

int main(int argc, char** argv) {
  charter::bench::register_benchmarks();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
