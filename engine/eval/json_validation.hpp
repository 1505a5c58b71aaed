// Checking JSON the event reader does not read. simdjson's On Demand parser
// checks a value only when it is read, so an unknown field's value would be
// skipped unlooked-at (`[1, tru]`, `{"a" 1}`, a bad escape); the reader walks
// such values with this instead. Phase: evaluation (input).
#pragma once

#include <cstddef>
#include <string_view>

#include <simdjson.h>

namespace charter::engine {

// Whether `value`, nested at most `depth_left` more levels, is JSON: every
// string, number and literal well formed, every array and object closed.
bool is_valid_json(simdjson::ondemand::value value, size_t depth_left);

// RFC 8259's number grammar, `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`,
// then only white space (a simdjson token runs to the next one). JSON puts no
// limit on a number's size, so `1e400` is a number here.
bool is_json_number(std::string_view token);

}  // namespace charter::engine
