// JSON string literals, written the one way Charter writes them everywhere
// (decisions, traces, diagnostics): quote, backslash and control characters
// escaped (DEL too), valid UTF-8 kept as it is, invalid UTF-8 as U+FFFD.
// Deterministic: the same text always gives the same bytes.
#pragma once

#include <string>
#include <string_view>

namespace charter::dsl {

// Appends `text` as a JSON string literal, with its quotes.
void append_json_string(std::string& out, std::string_view text);

}  // namespace charter::dsl
