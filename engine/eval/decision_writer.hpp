// The line written for each event: its decision (the bundle's `output`
// record, or every decision with its rule and reason), optionally with the
// explanation trace; or a structured error. Phase: evaluation (output).
#pragma once

#include <string>
#include <string_view>

#include "compiler/plan/plan.hpp"
#include "engine/eval/event_reader.hpp"
#include "engine/eval/evaluator.hpp"
#include "engine/eval/json_cursor.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

// Appends the decision as one JSON object (no newline) to scratch.output.
void write_decision(const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch, bool with_explanation);

// Appends the explanation: a JSON array with, per decided node, its rule,
// where the rule is written, the reason with its values, and the value.
void write_explanation(OutputText& out, const plan::Plan& plan, const plan::Entry& entry, Scratch& scratch);

// Appends {"event_id": …, "error": {"code", "path", "message"}}.
void write_error(OutputText& out, std::string_view event_id, const EventError& error);

// An EventError for a decision that could not be evaluated and had no fallback.
EventError not_evaluable_error(const plan::Plan& plan, const RunResult& result);

}  // namespace charter::engine
