// What a failed expectation shows of the evaluation: values written as in a
// policy (enum values by name, text in quotes, lists in brackets) and, per
// node, its value, the rule that decided it, where that rule is written and
// its reason. Phase: test. Reads the plan and the Scratch of a traced
// evaluation; renders reasons into the Scratch's arena.
#pragma once

#include <string>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"

namespace charter::engine {

// "PricingEnquiryAgent", "\"hello\"", "[Sales, Support]", "{score: 70, …}", "missing".
std::string literal_text(const stdlib::Value& value, const plan::Plan& plan);

// "`route` is PricingEnquiryAgent, decided by `route.pricing` (intake.charter:80:3) because \"a pricing enquiry\""
std::string describe_node(const plan::Plan& plan, Scratch& scratch, uint32_t node);

}  // namespace charter::engine
