// Stated time zones in messages: abbreviations ("EST", "BST", "CET"), region
// words ("Eastern", "UK time"), IANA names ("Europe/Paris"), UTC offsets
// ("UTC+2", "+01:00", "GMT-5") and "my time" / "your time". Phase: builtins
// (std.time), internal. The zones named by the table are looked up once.
#pragma once

#include <cstddef>
#include <vector>

#include "stdlib/time/when_components.hpp"
#include "stdlib/time/when_lexer.hpp"

namespace charter::stdlib::time::when {

/// A zone starting at token `i`; on success `end` is one past its last token.
bool match_zone(const std::vector<Token>& tokens, size_t i, const ScanContext& context, ZoneSpec& zone,
                size_t& end);

}  // namespace charter::stdlib::time::when
