// Phase: evaluate. One event at a time on a Session, as a service deciding
// events one by one does: parse the event, run the plan, write the decision;
// with the trace on, also record every step and render the explanation
// (EvaluateOptions::trace, rw1_charter --trace). Events are taken in corpus
// order, round and round; the time is per event.
//
// evaluate_batch: Engine::evaluate_batch over the whole RW1 corpus on 1 and
// 2 threads (wall-clock time, events per second), for the scaling of the
// batch API. Its CPU time is the process's, all threads together: on a busy
// shared machine, CPU time per event that stays the same with 2 threads shows
// the code scales even when the wall clock cannot (no second core was free).
// Only on RW1: the example bundle's 8 events are too few to share.
//
//   CHARTER_RW1_CORPUS=…/corpus.jsonl charter_evaluate_bench
#include "bench/phases/bench_inputs.hpp"

namespace charter::bench {

namespace {

void evaluate_one_by_one(benchmark::State& state, const BundleCase& bundle, bool trace) {
  if (!require_events(state, bundle)) return;
  const EventLines& lines = events(bundle);
  const auto session = engine(bundle)->session();
  EvaluateOptions options;
  options.trace = trace;
  size_t next = 0;
  for (auto _ : state) {
    const std::string_view line = lines.lines[next];
    benchmark::DoNotOptimize(session->evaluate_padded(line, lines.capacity(line), options).data());
    benchmark::DoNotOptimize(session->last_explanation().data());
    if (++next == lines.lines.size()) next = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void evaluate_batch(benchmark::State& state, const BundleCase& bundle) {
  if (!require_events(state, bundle)) return;
  const std::vector<std::string_view>& lines = events(bundle).lines;
  const std::shared_ptr<const Engine> shared = engine(bundle);
  const auto threads = static_cast<unsigned>(state.range(0));
  for (auto _ : state) {
    std::vector<std::string> results = shared->evaluate_batch(lines, {}, threads);
    benchmark::DoNotOptimize(results.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}

}  // namespace

void register_benchmarks() {
  register_for_each_bundle("evaluate", "trace_off", benchmark::kMicrosecond, evaluate_one_by_one, false);
  register_for_each_bundle("evaluate", "trace_on", benchmark::kMicrosecond, evaluate_one_by_one, true);
  const BundleCase& rw1 = bundles().front();
  benchmark::RegisterBenchmark(("evaluate_batch/" + rw1.name).c_str(), evaluate_batch, rw1)
      ->ArgName("threads")
      ->Arg(1)
      ->Arg(2)
      ->UseRealTime()
      ->MeasureProcessCPUTime()
      ->Unit(benchmark::kMillisecond);
}

}  // namespace charter::bench
