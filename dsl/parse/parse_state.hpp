// State shared by the grammar's custom rules during one parse: the syntax
// errors raised so far and the error budget. Phase: parse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dsl/diag/diagnostic.hpp"

namespace charter::dsl::parse_detail {

struct SyntaxErrorRecord {
  DiagKind kind;
  const char* message;  // may contain `{found}`
  const char* help;     // may be null
  const char* words;    // expected keywords, space-separated; may be null
  uint32_t offset;      // where the parser stopped
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
