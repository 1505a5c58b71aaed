// Durations: construction, instant arithmetic that refuses to overflow, and
// parsing of written durations ("PT1H30M", "90m", "1h30m", "2 days"). Phase:
// builtins (std.time). Nothing allocates.
#pragma once

#include <cstdint>
#include <string_view>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"

namespace charter::stdlib::time {

constexpr Duration seconds(int64_t n) { return Duration{n * kMicrosPerSecond}; }
constexpr Duration minutes(int64_t n) { return Duration{n * kMicrosPerMinute}; }
constexpr Duration hours(int64_t n) { return Duration{n * kMicrosPerHour}; }
/// Exact 24-hour days; for local calendar days use add_local_days.
constexpr Duration days(int64_t n) { return Duration{n * kMicrosPerDay}; }

/// Not evaluable when the result would leave years 1–9999.
Evaluated<Instant> add_duration(Instant instant, Duration duration);
Evaluated<Instant> subtract_duration(Instant instant, Duration duration);
/// `to - from` (negative when `to` is earlier); saturates instead of overflowing.
Duration duration_between(Instant from, Instant to);

/// ISO 8601 ("PT30M", "P2DT3H", "PT1.5S"; no years or months, which have no
/// fixed length), compact ("90m", "1h30m", "2d", "45s") or spelled ("2 hours",
/// "1 hour 30 minutes", "3 days"). Weeks ("P1W", "2w") are 7 days.
Evaluated<Duration> parse_duration(std::string_view text);

}  // namespace charter::stdlib::time
