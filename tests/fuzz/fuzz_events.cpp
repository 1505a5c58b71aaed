// libFuzzer target for the event reader and the evaluator: arbitrary bytes
// as one event of the example bundle (policies/intake-example, which reads
// nested records, lists, times, enums and optionals) and of RW1. Checks what
// the engine promises a runtime service: no crash, exactly one JSON object
// per event (a decision or a structured error), the same bytes every time,
// and a trace that agrees with the plain decision. A broken promise aborts.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "engine/api/charter.hpp"

namespace {

[[noreturn]] void fail(const char* what, std::string_view detail) {
  std::fprintf(stderr, "fuzz_events: broken invariant: %s\n%.*s\n", what, static_cast<int>(detail.size()), detail.data());
  std::abort();
}

struct Bundle {
  std::shared_ptr<const charter::Engine> engine;
  std::unique_ptr<charter::Session> session;
};

Bundle load(const char* folder) {
  std::string report;
  Bundle bundle;
  bundle.engine = charter::Engine::load(std::string(CHARTER_SOURCE_DIR) + "/" + folder, &report);
  if (!bundle.engine) fail("a bundle of the repository does not load", report);
  bundle.session = bundle.engine->session();
  return bundle;
}

void check(Bundle& bundle, std::string_view event) {
  static simdjson::dom::parser parser;
  const std::string plain(bundle.session->evaluate(event));
  const bool decided = bundle.session->last_ok();
  simdjson::dom::element root;
  if (parser.parse(plain).get(root) != simdjson::SUCCESS || !root.is_object()) fail("the output is not one JSON object", plain);
  if (!decided && root["error"].error() != simdjson::SUCCESS) fail("an event not decided has no error", plain);
  if (bundle.session->evaluate(event) != plain) fail("the same event gave other bytes", plain);
  // With the explanation, the decision is the same one.
  const std::string explained(bundle.session->evaluate(event, {.explain = true}));
  if (bundle.session->last_ok() != decided) fail("tracing changed whether the event is decided", explained);
  if (decided && explained.compare(0, plain.size() - 1, plain, 0, plain.size() - 1) != 0) {
    fail("tracing changed the decision", explained);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Bundle example = load("policies/intake-example");
  static Bundle rw1 = load("bench/rw1/bundle");
  const std::string_view event(reinterpret_cast<const char*>(data), size);
  check(example, event);
  check(rw1, event);
  return 0;
}
