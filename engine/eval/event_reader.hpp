// Reads one event (JSON) into the plan's input record. Phase: evaluation.
// The plan's readers say, per record type, which keys to read and how;
// unknown keys are skipped; a wrong type, a missing required field or an
// unknown enum spelling gives a structured error naming the field's path,
// never a partial record. Strings point into the parser's buffer (valid
// until the Scratch reads the next event); records and lists into the arena.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

struct EventError {
  std::string code;     // "E0902"
  std::string path;     // "crm.do_not_contact"
  std::string message;  // what is wrong
};

struct ReadResult {
  bool ok = false;
  uint32_t entry = 0;       // the entry the event was read for
  std::string_view event_id;  // the event's `event_id` (or `id`), when it has one
};

// `json` must stay readable for `capacity` bytes (at least its size plus
// simdjson::SIMDJSON_PADDING); with less, it is copied into the Scratch.
ReadResult read_event(const plan::Plan& plan, Scratch& scratch, std::string_view json, size_t capacity,
                      EventError& error);

}  // namespace charter::engine
