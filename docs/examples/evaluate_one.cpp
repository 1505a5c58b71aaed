// Loads a policy bundle, decides one inbound event with its trace, and shows
// what a caller gets for an event that cannot be decided. The example of
// docs/api.md; built with the project so that it keeps compiling.
//
//   evaluate_one policies/intake-example
#include <iostream>
#include <memory>
#include <string>
#include <string_view>

#include "engine/api/charter.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: evaluate_one BUNDLE_FOLDER\n";
    return 2;
  }

  // Compile the bundle once. On an error the engine is null and `report`
  // holds every diagnostic as text; on success it holds the warnings, if any.
  std::string report;
  const std::shared_ptr<const charter::Engine> engine = charter::Engine::load(argv[1], &report);
  std::cerr << report;
  if (engine == nullptr) return 1;
  std::cout << "bundle " << engine->bundle_name() << " " << engine->bundle_version() << " (" << engine->digest()
            << ")\n";

  // One session per thread; it reuses its memory from event to event.
  const std::unique_ptr<charter::Session> session = engine->session();

  const std::string_view event = R"({
    "kind": "inbound", "event_id": "evt-2001", "client_id": "acme",
    "received_at": "2026-08-04T09:30:00+01:00",
    "source": {"type": "email"},
    "sender": {"email": "dana@northwind.example", "verified": true},
    "message": {"subject": "Pricing", "body": "Could you send me a quote for the onboarding package?"},
    "consent": {"email": "enquiry"}
  })";

  // The decision is a JSON object. With `trace`, the trace of the same
  // evaluation is kept for last_explanation(); `explain` would put it inside
  // the decision instead.
  charter::EvaluateOptions options;
  options.trace = true;
  const std::string decision(session->evaluate(event, options));  // copy: the view lasts until the next call
  if (!session->last_ok()) {
    std::cerr << "not decided: " << decision << "\n";
    return 1;
  }
  std::cout << "decision    " << decision << "\n";
  std::cout << "explanation " << session->last_explanation() << "\n";

  // An event that cannot be read is answered with an error object naming
  // the field; nothing is thrown.
  const std::string_view incomplete = R"({"kind": "inbound", "event_id": "evt-2002", "client_id": "acme"})";
  const std::string error(session->evaluate(incomplete));
  std::cout << "error       " << error << "\n";
  return session->last_ok() ? 1 : 0;
}
