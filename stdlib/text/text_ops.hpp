// std.text plain operations: substring tests, length, trim, split. Phase:
// evaluation. Every result is a view into the input, except split's list of
// views, which lives in the caller's arena until it is reset.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "stdlib/core/arena.hpp"

namespace charter::stdlib::text {

/// Byte-wise substring test; the empty needle is contained in every text.
bool contains(std::string_view text, std::string_view needle);
bool starts_with(std::string_view text, std::string_view prefix);
bool ends_with(std::string_view text, std::string_view suffix);

/// Length in Unicode code points (as CEL's size() and Python's len()); each
/// invalid UTF-8 byte counts as one.
int64_t length(std::string_view text);

/// Length in user-perceived characters (extended grapheme clusters, UAX #29):
/// "e" + U+0301 is one, "👍🏽" is one, "\r\n" is one.
int64_t grapheme_count(std::string_view text);

/// `text` without leading and trailing Unicode white space.
std::string_view trim(std::string_view text);
std::string_view trim_start(std::string_view text);
std::string_view trim_end(std::string_view text);

/// Splits on every occurrence of `separator`, keeping empty pieces
/// ("a,,b" → "a", "", "b"). An empty separator splits on runs of Unicode
/// white space and drops empty pieces ("  a  b " → "a", "b").
std::span<const std::string_view> split(std::string_view text, std::string_view separator,
                                        Arena& arena);

}  // namespace charter::stdlib::text
