// The sentences of counterfactuals, shared by the text and JSON
// explanations. Phase: explain. Each returns one sentence ending in a period.
#pragma once

#include <string>

#include "compiler/plan/plan.hpp"
#include "engine/trace/counterfactuals.hpp"

namespace charter::engine {

// "To allow: `crm.do_not_contact` would have to be false." (empty unless
// the gate said Deny or Review through a rule).
std::string lift_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf);

// "Tried first, did not apply: route.escalation, route.quarantine."
std::string not_applied_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf);

// "route.pricing (PricingEnquiryAgent) would have applied if `sub` were
// PricingRequest (it is InformationRequest)."
std::string near_miss_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf, const NearMiss& miss);

// "It would be true if `suppressed` were false."
std::string flip_sentence(const plan::Plan& plan, const NodeCounterfactuals& cf);

}  // namespace charter::engine
