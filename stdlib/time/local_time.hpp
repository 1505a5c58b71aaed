// An instant read on a zone's wall clock: local date, weekday, hour, minute,
// and wall-clock arithmetic ("the same local time two days later"). Phase:
// builtins (std.time). Nothing allocates; an unknown zone or an instant
// outside years 1–9999 is "not evaluable".
#pragma once

#include <cstdint>
#include <string_view>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/civil.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {

Evaluated<LocalDate> local_date(Instant instant, Zone zone);
Evaluated<Weekday> local_weekday(Instant instant, Zone zone);
Evaluated<int32_t> local_hour(Instant instant, Zone zone);
Evaluated<int32_t> local_minute(Instant instant, Zone zone);

/// The instant with the same wall-clock time `days` local days later (a day
/// across a DST change is 23 or 25 hours). A time that falls into a gap moves
/// forward; a repeated time takes its first occurrence.
Evaluated<Instant> add_local_days(Instant instant, int64_t days, Zone zone);

/// "Mon", "monday", "TUE", "Thurs" → Weekday.
Evaluated<Weekday> parse_weekday(std::string_view text);
/// "Monday" … "Sunday".
std::string_view weekday_name(Weekday day);

}  // namespace charter::stdlib::time
