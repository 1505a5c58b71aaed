// Business days: weekdays that are not weekend days and not holidays. Phase:
// builtins (std.time). Weekend arithmetic is O(1) per call (whole weeks at a
// time); holidays cost one sort of a copy of the list.
#pragma once

#include <cstdint>
#include <span>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/civil.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {

struct BusinessCalendar {
  WeekdaySet weekend = kSaturdaySunday;
  std::span<const LocalDate> holidays;  // any order; duplicates and weekend dates are harmless
};

bool is_business_day(const LocalDate& date, const BusinessCalendar& calendar = {});

/// Business days d with from < d <= to; when to < from, minus the business
/// days with to <= d < from. So business_days_between(d, add_business_days(d, n)) == n.
Evaluated<int64_t> business_days_between(const LocalDate& from, const LocalDate& to,
                                         const BusinessCalendar& calendar = {});

/// The n-th business day after `date` (before it when n < 0); n == 0 is `date` itself.
Evaluated<LocalDate> add_business_days(const LocalDate& date, int64_t n, const BusinessCalendar& calendar = {});

/// The same, on a zone's wall clock: the local time of day is kept.
Evaluated<Instant> add_business_days(Instant instant, int64_t n, Zone zone, const BusinessCalendar& calendar = {});

}  // namespace charter::stdlib::time
