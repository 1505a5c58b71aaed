// "Did you mean …?": the closest known word to a misspelt one. Phase: any
// (parser, resolver, CLI). Distances are Damerau-Levenshtein over bytes.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace charter::dsl {

size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is near enough to be a likely typo:
// at most 2 edits, and fewer than half the word's length.
std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates);

}  // namespace charter::dsl
