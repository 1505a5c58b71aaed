// Word tables for resolve_when: month and weekday names, number and ordinal
// words, time units. English. Phase: builtins (std.time), internal. All
// lookups take lower-case words and return 0 for "not this kind of word".
#pragma once

#include <cstdint>
#include <string_view>

namespace charter::stdlib::time::when {

/// 1–12 for "january", "jan", "sept", …
int32_t month_word(std::string_view word);
/// 1–7 (Monday = 1) for "monday", "mon", "tues", "thurs", …; `abbreviated` for short forms.
int32_t weekday_word(std::string_view word, bool& abbreviated);
/// Plural weekday names ("fridays"): a habit, not a date.
bool weekday_plural(std::string_view word);
/// 1–19, 20, 30, 40, 50, 60 for "one" … "sixty" (tens are combined by the scanner).
int32_t number_word(std::string_view word);
/// 1–19, 20, 30 for "first" … "nineteenth", "twentieth", "thirtieth".
int32_t ordinal_word(std::string_view word);
bool ordinal_suffix(std::string_view word);

enum class Unit : uint8_t { None, Minute, Hour, Day, Week, Fortnight, Month, Year };
Unit unit_word(std::string_view word);

/// Words that, right after a number, show it is a quantity and not a time or a date.
bool quantity_word(std::string_view word);

/// Whether a word can begin a date or time expression; every other word is
/// skipped without trying the recognisers (one binary search per word).
bool may_start_expression(std::string_view word);

}  // namespace charter::stdlib::time::when
