// Phase: explain, as `charter explain` does per event: a traced evaluation,
// then the explanation for people (text: sentences, counterfactuals) or as
// JSON (the decision with its explanation and counterfactuals). The time is
// per event, evaluation included; compare with evaluate/…/trace_on for what
// the wording and the counterfactuals add.
//
//   CHARTER_RW1_CORPUS=…/corpus.jsonl charter_explain_bench
#include "bench/phases/bench_inputs.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/explain.hpp"

namespace charter::bench {

namespace {

void explain(benchmark::State& state, const BundleCase& bundle, engine::ExplainFormat format) {
  if (!require_events(state, bundle)) return;
  const EventLines& lines = events(bundle);
  const plan::Plan& plan = engine(bundle)->plan();
  engine::Scratch scratch(plan);
  const engine::ExplainOptions options{.bundle_dir = bundle.dir.string()};
  size_t next = 0;
  for (auto _ : state) {
    std::string explanation = engine::explain_event(plan, scratch, lines.lines[next], format, options);
    benchmark::DoNotOptimize(explanation.data());
    if (++next == lines.lines.size()) next = 0;
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

}  // namespace

void register_benchmarks() {
  register_for_each_bundle("explain", "text", benchmark::kMicrosecond, explain, engine::ExplainFormat::Text);
  register_for_each_bundle("explain", "json", benchmark::kMicrosecond, explain, engine::ExplainFormat::Json);
}

}  // namespace charter::bench
