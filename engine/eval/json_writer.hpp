// Values as JSON: records with their fields in declaration order, enums by
// their JSON spelling, numbers in their shortest round-trip form, instants in
// RFC 3339 (UTC), a missing value as null. Phase: evaluation (output).
// Deterministic: the same values always give the same bytes.
#pragma once

#include <string>
#include <string_view>

#include "compiler/plan/plan.hpp"
#include "engine/eval/json_cursor.hpp"
#include "stdlib/core/type.hpp"
#include "stdlib/core/value.hpp"

namespace charter::engine {

void write_json_value(JsonCursor& out, const stdlib::Value& value, const plan::Plan& plan);

// The same, appended to a string.
void write_json_string(std::string& out, std::string_view text);
void write_json_value(std::string& out, const stdlib::Value& value, const plan::Plan& plan);

}  // namespace charter::engine
