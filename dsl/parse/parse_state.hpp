// State shared by the grammar's custom rules during one parse: the syntax
// errors raised so far and the error budget. Phase: parse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dsl/grammar/error_messages.hpp"

namespace charter::dsl::parse_detail {

struct SyntaxErrorRecord {
  const grammar::SyntaxErrorInfo* info;  // static: what the raising rule reports
  uint32_t offset;                       // where the parser stopped
  uint32_t declaration;                  // where the declaration being parsed starts
};

struct ParseState {
  std::vector<SyntaxErrorRecord> errors;
  size_t max_errors = 100;
  bool gave_up = false;  // the budget ran out; the rest of the file was skipped
};

// Finds the ParseState among PEGTL's states (parse_tree adds its own).
inline ParseState* pick_state(ParseState*, ParseState& state) { return &state; }
template <class Other>
ParseState* pick_state(ParseState* found, Other&) {
  return found;
}
template <class... States>
ParseState& find_state(States&... states) {
  ParseState* found = nullptr;
  ((found = pick_state(found, states)), ...);
  return *found;
}

}  // namespace charter::dsl::parse_detail
