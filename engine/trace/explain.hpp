// Explanations of an evaluated event for people: per decision, gate and
// scorecard, in evaluation order, the value, the reason in words, the rule
// and where it is written; for a gate that said Deny or Review what would
// have had to be different; for a decision the rules tried before the one
// that decided and those that one change would have made apply. Phase:
// explain, after a traced evaluation (run_entry with `traced`); reads the
// plan and the Scratch, changes neither. See docs/explanations.md.
#pragma once

#include <string>
#include <string_view>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

struct ExplainOptions {
  // Locations are shown relative to this folder (the bundle's), without
  // their column: "intake/route.charter:31".
  std::string bundle_dir;
  size_t width = 100;  // lines are wrapped at this many characters
};

// The explanation as text: a header line (event id, bundle, version, short
// digest), then one bullet per decided node with its counterfactuals.
std::string explain_text(const plan::Plan& plan, const plan::Entry& entry, const Scratch& scratch,
                         const ExplainOptions& options = {});

// Appends the counterfactuals as a JSON array: per node, {"decision", "kind"
// ("lift", "not_applied", "near_miss", "flip"), "rule" or "rules", "changes"
// (groups that are all needed, of changes of which any one is enough),
// "text"}.
void write_counterfactuals(std::string& out, const plan::Plan& plan, const plan::Entry& entry,
                           const Scratch& scratch);

enum class ExplainFormat { Text, Json };

// Evaluates one event (a JSON object) with tracing and explains it: as text,
// or as the decision with its `explanation` and `counterfactuals`. An event
// that cannot be decided gives its error (a line of text, or the error object).
// `ok` is set to whether it was decided.
std::string explain_event(const plan::Plan& plan, Scratch& scratch, std::string_view event_json,
                          ExplainFormat format, const ExplainOptions& options, bool* ok = nullptr);

}  // namespace charter::engine
