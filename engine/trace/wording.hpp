// How explanations put things into words: values as people read them
// (enum names, numbers, quoted text), what a test would have to be, node
// names and rule locations. Phase: explain. Plain functions over the plan.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "engine/trace/condition_check.hpp"

namespace charter::engine {

// A value as an explanation writes it: text in quotes, enum values by name,
// numbers in their shortest form, a record as {field: value, …}.
std::string value_text(const stdlib::Value& value, const plan::Plan& plan);

// A record as {field: value, …}, each field's value written by `field_text`
// (fields without a known name are written bare).
template <class FieldText>
std::string record_text(const stdlib::Value& record, const plan::Plan& plan, FieldText&& field_text) {
  const stdlib::TypeId type{record.type};
  const bool named = type.value < plan.types.size() && plan.types.kind(type) == stdlib::TypeKind::Record;
  std::string out = "{";
  for (uint32_t i = 0; i < record.size; ++i) {
    if (i > 0) out += ", ";
    if (named && i < plan.types.record_info(type).fields.size()) out += plan.types.record_info(type).fields[i].name + ": ";
    out += field_text(record.items()[i]);
  }
  return out + '}';
}

// What a test's subject would have to be for the test to come out as
// `to_hold`: "PricingRequest", "other than Spam", "below 0.6", "true",
// "one of Sales or Support", "present".
std::string wanted(const plan::ConditionTest& test, bool to_hold, const plan::Plan& plan);

// "`crm.do_not_contact` would have to be false"
std::string requirement(const Change& change, const plan::Plan& plan);
// "`sub` were PricingRequest (it is InformationRequest)"
std::string were(const Change& change, const plan::Plan& plan);

// "sender_type" → "Sender type".
std::string display_name(std::string_view name);

// "policies/mwms/intake/route.charter:31:3" → "intake/route.charter:31" when
// the bundle folder is "policies/mwms".
std::string short_location(std::string_view location, std::string_view bundle_dir);

// The name of a GateOutcome value ("Deny") of a gate node.
std::string verdict_name(const plan::Plan& plan, uint32_t node, uint8_t verdict);

// "a", "a and b", "a, b and c" (with `word` for "and").
std::string join_words(const std::vector<std::string>& parts, std::string_view word);

}  // namespace charter::engine
