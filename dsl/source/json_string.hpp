// JSON string literals, written the one way Charter writes them everywhere
// (decisions, traces, diagnostics): quote, backslash and control characters
// escaped (DEL too), valid UTF-8 kept as it is, invalid UTF-8 as U+FFFD.
// Deterministic: the same text always gives the same bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace charter::dsl {

// Appends `text` as a JSON string literal, with its quotes.
void append_json_string(std::string& out, std::string_view text);

// The most bytes the literal of a text of `size` bytes can take: every byte
// escaped as \u00XX (or U+FFFD as \ufffd), and the quotes.
constexpr size_t max_json_string_size(size_t size) { return 6 * size + 2; }

// Writes the literal at `out`, which has room for max_json_string_size();
// returns the end of what it wrote.
char* write_json_string(char* out, std::string_view text);

}  // namespace charter::dsl
