// Charter's C++ API: load a policy bundle once, then evaluate events — one
// at a time on a Session (one per thread), or a batch across threads.
// An Engine is immutable and shared by all threads; a Session is not shared.
// Every result is one JSON object: the decision, or a structured error.
//
//   std::string report;
//   auto engine = charter::Engine::load("policies/intake-example", &report);
//   if (!engine) { std::cerr << report; return 1; }
//   auto session = engine->session();
//   std::string_view decision = session->evaluate(R"({"kind":"inbound", …})");
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace charter {

namespace plan {
struct Plan;
}

struct EvaluateOptions {
  bool explain = false;  // add the explanation trace to each decision
  bool trace = false;    // record the trace and render it (see Session::last_explanation), keep decisions as they are
};

// How Engine::load compiles a bundle.
struct LoadOptions {
  // Run the compiler's optimisation passes (compiler/opt/). They never change
  // a decision or a trace; switching them off shows exactly that, and tells
  // whether a pass is at fault when an outcome looks wrong.
  bool optimise = true;
};

class Session;

class Engine {
 public:
  // Compiles the bundle in `directory` (its bundle.json and modules). On
  // errors returns null and, when `report` is given, writes the diagnostics
  // there as text. Plans are cached by the bundle's content digest, folder
  // and options.
  static std::shared_ptr<const Engine> load(const std::filesystem::path& directory, std::string* report = nullptr,
                                            const LoadOptions& options = {});

  const std::string& bundle_name() const;
  const std::string& bundle_version() const;
  const std::string& digest() const;  // "sha256:…", carried by every decision

  // A session evaluates events one after another on the calling thread.
  std::unique_ptr<Session> session() const;

  // Evaluates `events` (JSON texts) on up to `threads` threads; the result
  // for events[i] is results[i], whatever the thread that made it.
  std::vector<std::string> evaluate_batch(const std::vector<std::string_view>& events, const EvaluateOptions& options,
                                          unsigned threads) const;

  const plan::Plan& plan() const { return *plan_; }
  explicit Engine(std::shared_ptr<const plan::Plan> plan);

 private:
  std::shared_ptr<const plan::Plan> plan_;
};

class Session {
 public:
  explicit Session(std::shared_ptr<const plan::Plan> plan);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The decision or the error for one event, as a JSON object. The view is
  // valid until the next call. Never throws; a bad event gives an error object.
  std::string_view evaluate(std::string_view event_json, const EvaluateOptions& options = {});
  // As evaluate, for a buffer readable `capacity` bytes past its start
  // (padding lets the parser read without copying the event).
  std::string_view evaluate_padded(std::string_view event_json, size_t capacity, const EvaluateOptions& options = {});
  // Whether the last event was decided (false: the result is an error object).
  bool last_ok() const { return last_ok_; }
  // The explanation of the last event (a JSON array) when it was evaluated
  // with `trace`; valid until the next call.
  std::string_view last_explanation() const;

 private:
  struct State;
  std::shared_ptr<const plan::Plan> plan_;
  std::unique_ptr<State> state_;
  bool last_ok_ = false;
};

}  // namespace charter
