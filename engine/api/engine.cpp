#include <map>
#include <mutex>
#include <thread>

#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "engine/api/charter.hpp"
#include "engine/eval/decision_writer.hpp"
#include "engine/eval/evaluator.hpp"
#include "engine/eval/event_reader.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter {

Engine::Engine(std::shared_ptr<const plan::Plan> plan) : plan_(std::move(plan)) {}

std::shared_ptr<const Engine> Engine::load(const std::filesystem::path& directory, std::string* report) {
  auto compilation = compiler::compile_bundle(directory, stdlib::default_builtins());
  if (report != nullptr) *report = dsl::render_text(compilation->sources, compilation->diagnostics.diagnostics());
  if (compilation->plan == nullptr) return nullptr;
  return std::make_shared<Engine>(compilation->plan);
}

const std::string& Engine::bundle_name() const { return plan_->bundle_name; }
const std::string& Engine::bundle_version() const { return plan_->bundle_version; }
const std::string& Engine::digest() const { return plan_->digest; }

std::unique_ptr<Session> Engine::session() const { return std::make_unique<Session>(plan_); }

std::vector<std::string> Engine::evaluate_batch(const std::vector<std::string_view>& events,
                                                const EvaluateOptions& options, unsigned threads) const {
  std::vector<std::string> results(events.size());
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(events.size(), 1))));
  // Contiguous shares keep each thread's input and output in cache.
  const auto work = [&](size_t begin, size_t end) {
    Session session(plan_);
    for (size_t i = begin; i < end; ++i) results[i] = std::string(session.evaluate(events[i], options));
  };
  std::vector<std::thread> workers;
  const size_t share = (events.size() + threads - 1) / threads;
  for (unsigned t = 1; t < threads; ++t) {
    const size_t begin = t * share;
    if (begin < events.size()) workers.emplace_back(work, begin, std::min(events.size(), begin + share));
  }
  work(0, std::min(events.size(), share));
  for (std::thread& worker : workers) worker.join();
  return results;
}

struct Session::State {
  explicit State(const plan::Plan& plan) : scratch(plan) {}
  engine::Scratch scratch;
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
  engine::EventError error;
  const engine::ReadResult read = engine::read_event(*plan_, s, event_json, capacity, error);
  last_ok_ = false;
  if (!read.ok) {
    engine::write_error(s.output, s.event_id, error);
    return s.output;
  }
  const plan::Entry& entry = plan_->entries[read.entry];
  const engine::RunResult result = engine::run_entry(*plan_, entry, s, options.explain);
  if (!result.ok) {
    engine::write_error(s.output, s.event_id, engine::not_evaluable_error(*plan_, result));
    return s.output;
  }
  engine::write_decision(*plan_, entry, s, options.explain);
  last_ok_ = true;
  return s.output;
}

}  // namespace charter
