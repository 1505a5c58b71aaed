// The canonical spelling of string literal text: which characters are
// escaped and how. Phase: format. Decoded text in, source text out (without
// the quotes, so that interpolations can be placed between the pieces).
#pragma once

#include <string>
#include <string_view>

namespace charter::dsl::format_detail {

// Appends `text` as it is written between the quotes of a string literal:
// `"`, `\`, `{` and `}` escaped, line breaks and tabs as `\n`, `\r`, `\t`,
// NUL as `\0`, and characters that cannot be seen as `\u{…}`.
void append_escaped(std::string& out, std::string_view text);

// `text` as a string literal without interpolations, quotes included.
std::string quoted(std::string_view text);

}  // namespace charter::dsl::format_detail
