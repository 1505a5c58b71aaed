// Working hours and quiet hours on a zone's wall clock. Phase: builtins
// (std.time) and the appointment checks. A window may span midnight
// (22:00–06:00); it then belongs to the day on which it starts.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/civil.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {

/// Working days and a daily window [start, end) in minutes after local
/// midnight (0–1440). start == end is an empty window; start > end spans
/// midnight. No days means no working time at all.
struct WorkingHours {
  WeekdaySet days = 0;
  int32_t start_minute = 0;
  int32_t end_minute = 0;
  Zone zone;
};

/// "09:00" → 540, "9:30" → 570, "24:00" → 1440.
Evaluated<int32_t> parse_time_of_day(std::string_view text);

/// From the calendar contract: days "Mon"…"Sun", start and end "HH:MM".
Evaluated<WorkingHours> make_working_hours(std::span<const std::string_view> days, std::string_view start,
                                           std::string_view end, Zone zone);

Evaluated<bool> is_within_working_hours(Instant instant, const WorkingHours& hours);

/// Whether [start, end) of the same working window contains the whole
/// interval [from, to); the interval must be non-empty.
Evaluated<bool> is_within_one_working_window(Instant from, Instant to, const WorkingHours& hours);

/// Quiet hours [start, end) every day, spanning midnight when start > end
/// (21:00–08:00); start == end means no quiet hours.
Evaluated<bool> is_quiet_hours(Instant instant, int32_t start_minute, int32_t end_minute, Zone zone);
Evaluated<bool> is_quiet_hours(Instant instant, std::string_view start, std::string_view end, Zone zone);

}  // namespace charter::stdlib::time
