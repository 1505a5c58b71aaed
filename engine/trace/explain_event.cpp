// One event evaluated with tracing and explained (explain.hpp): what
// `charter explain` and the golden tests run for each line of input.
#include "engine/eval/decision_writer.hpp"
#include "engine/eval/evaluator.hpp"
#include "engine/eval/event_reader.hpp"
#include "engine/trace/explain.hpp"

namespace charter::engine {

namespace {

std::string error_text(std::string_view event_id, const EventError& error) {
  std::string out = event_id.empty() ? std::string("(an event without id)") : std::string(event_id);
  out += ": not decided — " + error.message + " (" + error.code;
  if (!error.path.empty()) out += ", at `" + error.path + "`";
  return out + ")\n";
}

}  // namespace

std::string explain_event(const plan::Plan& plan, Scratch& s, std::string_view event_json, ExplainFormat format,
                          const ExplainOptions& options, bool* ok) {
  if (ok != nullptr) *ok = false;
  s.reset();
  EventError error;
  const ReadResult read = read_event(plan, s, event_json, event_json.size(), error);
  RunResult result;
  if (read.ok) {
    result = run_entry(plan, plan.entries[read.entry], s, true);
    if (!result.ok) error = not_evaluable_error(plan, result);
  }
  if (!read.ok || !result.ok) {
    if (format == ExplainFormat::Text) return error_text(s.event_id, error);
    s.output.clear();
    write_error(s.output, s.event_id, error);
    return std::string(s.output.view());
  }
  if (ok != nullptr) *ok = true;
  const plan::Entry& entry = plan.entries[read.entry];
  if (format == ExplainFormat::Text) return explain_text(plan, entry, s, options);
  s.output.clear();
  write_decision(plan, entry, s, true);
  std::string out(s.output.view());
  if (!out.empty() && out.back() == '}') {
    out.pop_back();
    out += out.back() == '{' ? "\"counterfactuals\":" : ",\"counterfactuals\":";
    write_counterfactuals(out, plan, entry, s);
    out += '}';
  }
  return out;
}

}  // namespace charter::engine
