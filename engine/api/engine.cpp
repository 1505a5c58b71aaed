#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "compiler/load/bundle.hpp"
#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "engine/api/charter.hpp"
#include "engine/eval/decision_writer.hpp"
#include "engine/eval/evaluator.hpp"
#include "engine/eval/event_reader.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter {

Engine::Engine(std::shared_ptr<const plan::Plan> plan) : plan_(std::move(plan)) {}

namespace {

// Compiled plans by bundle digest (and folder, since the diagnostics name
// the files), with the diagnostics (warnings) their compilation gave. Entries are weak: a plan lives as long as an engine
// uses it, and loading the same sources again while it does costs one
// read of the files and one hash instead of a compilation.
struct CachedPlan {
  std::weak_ptr<const plan::Plan> plan;
  std::string report;
};

std::mutex& plan_cache_mutex() {
  static std::mutex mutex;
  return mutex;
}

std::map<std::string, CachedPlan>& plan_cache() {
  static std::map<std::string, CachedPlan> cache;
  return cache;
}

}  // namespace

std::shared_ptr<const Engine> Engine::load(const std::filesystem::path& directory, std::string* report,
                                          const LoadOptions& options) {
  const std::optional<std::string> digest = compiler::read_bundle_digest(directory);
  std::error_code no_throw;
  std::filesystem::path normal = std::filesystem::absolute(directory, no_throw).lexically_normal();
  if (!normal.has_filename()) normal = normal.parent_path();  // "bundle/" is the folder "bundle"
  const std::string folder = normal.string();
  const auto cache_key = [&](const std::string& bundle_digest) {
    return bundle_digest + " " + folder + (options.optimise ? "" : " unoptimised");
  };
  if (digest) {
    const std::lock_guard lock(plan_cache_mutex());
    const auto cached = plan_cache().find(cache_key(*digest));
    if (cached != plan_cache().end()) {
      if (auto plan = cached->second.plan.lock()) {
        if (report != nullptr) *report = cached->second.report;
        return std::make_shared<Engine>(std::move(plan));
      }
    }
  }
  compiler::CompileOptions compile;
  compile.passes = {.fold_constants = options.optimise,
                    .share_subexpressions = options.optimise,
                    .merge_keyword_scans = options.optimise,
                    .order_short_circuits = options.optimise,
                    .fuse_branches = options.optimise,
                    .specialised_code = options.optimise};
  auto compilation = compiler::compile_bundle(directory, stdlib::default_builtins(), compile);
  std::string rendered = dsl::render_text(compilation->sources, compilation->diagnostics.diagnostics());
  if (compilation->plan == nullptr) {
    if (report != nullptr) *report = std::move(rendered);
    return nullptr;
  }
  {
    const std::lock_guard lock(plan_cache_mutex());
    auto& cache = plan_cache();
    // Drop the entries whose plans are gone, so the cache stays as small as
    // the set of bundles in use.
    std::erase_if(cache, [](const auto& entry) { return entry.second.plan.expired(); });
    cache[cache_key(compilation->plan->digest)] = CachedPlan{compilation->plan, rendered};
  }
  if (report != nullptr) *report = std::move(rendered);
  return std::make_shared<Engine>(compilation->plan);
}

const std::string& Engine::bundle_name() const { return plan_->bundle_name; }
const std::string& Engine::bundle_version() const { return plan_->bundle_version; }
const std::string& Engine::digest() const { return plan_->digest; }

std::unique_ptr<Session> Engine::session() const { return std::make_unique<Session>(plan_); }

std::vector<std::string> Engine::evaluate_batch(const std::vector<std::string_view>& events,
                                                const EvaluateOptions& options, unsigned threads) const {
  std::vector<std::string> results(events.size());
  // Threads take runs of events in turn rather than fixed shares: a thread
  // whose core is busy with other work then takes fewer runs, and the
  // batch ends when the work does, not when the slowest share does.
  constexpr size_t kRun = 64;
  const size_t runs = (events.size() + kRun - 1) / kRun;
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(runs, 1))));
  std::atomic<size_t> next_run{0};
  const auto work = [&] {
    Session session(plan_);
    for (size_t run = next_run++; run < runs; run = next_run++) {
      const size_t end = std::min(events.size(), (run + 1) * kRun);
      for (size_t i = run * kRun; i < end; ++i) results[i] = std::string(session.evaluate(events[i], options));
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < threads; ++t) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  return results;
}

struct Session::State {
  explicit State(const plan::Plan& plan) : scratch(plan) {}
  engine::Scratch scratch;
  engine::OutputText explanation;
};

Session::Session(std::shared_ptr<const plan::Plan> plan)
    : plan_(std::move(plan)), state_(std::make_unique<State>(*plan_)) {}
Session::~Session() = default;

std::string_view Session::evaluate(std::string_view event_json, const EvaluateOptions& options) {
  return evaluate_padded(event_json, event_json.size(), options);
}

std::string_view Session::evaluate_padded(std::string_view event_json, size_t capacity, const EvaluateOptions& options) {
  engine::Scratch& s = state_->scratch;
  s.reset();
  state_->explanation.clear();  // an event that is rejected has no explanation either
  engine::EventError error;
  const engine::ReadResult read = engine::read_event(*plan_, s, event_json, capacity, error);
  last_ok_ = false;
  if (!read.ok) {
    engine::write_error(s.output, s.event_id, error);
    return s.output.view();
  }
  const plan::Entry& entry = plan_->entries[read.entry];
  const bool traced = options.explain || options.trace;
  const engine::RunResult result = engine::run_entry(*plan_, entry, s, traced);
  if (!result.ok) {
    engine::write_error(s.output, s.event_id, engine::not_evaluable_error(*plan_, result));
    return s.output.view();
  }
  engine::write_decision(*plan_, entry, s, options.explain);
  if (options.trace) engine::write_explanation(state_->explanation, *plan_, entry, s);
  last_ok_ = true;
  return s.output.view();
}

std::string_view Session::last_explanation() const { return state_->explanation.view(); }

}  // namespace charter
