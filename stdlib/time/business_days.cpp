#include "stdlib/time/business_days.hpp"

#include <algorithm>
#include <vector>

#include "stdlib/time/local_time.hpp"

namespace charter::stdlib::time {
namespace {

constexpr std::string_view kOutOfRange = "date outside the supported years 1-9999";

bool is_workday(int64_t day_number, WeekdaySet weekend) {
  int64_t index = (day_number + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
  if (index < 0) index += 7;
  return !contains(weekend, static_cast<Weekday>(index + 1));
}

int64_t workdays_per_week(WeekdaySet weekend) {
  int64_t count = 0;
  for (int d = 1; d <= 7; ++d) count += contains(weekend, static_cast<Weekday>(d)) ? 0 : 1;
  return count;
}

// Weekend-only count of workdays in (a, b], a <= b (day numbers).
int64_t count_workdays(int64_t a, int64_t b, WeekdaySet weekend) {
  const int64_t span = b - a;
  int64_t count = span / 7 * workdays_per_week(weekend);
  for (int64_t d = a + span / 7 * 7 + 1; d <= b; ++d) count += is_workday(d, weekend) ? 1 : 0;
  return count;
}

// The n-th workday after day `a` (n > 0), ignoring holidays.
int64_t advance_workdays(int64_t a, int64_t n, WeekdaySet weekend) {
  const int64_t per_week = workdays_per_week(weekend);
  const int64_t weeks = (n - 1) / per_week;
  int64_t day = a + weeks * 7;
  int64_t left = n - weeks * per_week;
  while (left > 0) {
    ++day;
    if (is_workday(day, weekend)) --left;
  }
  return day;
}

// The n-th workday before day `a` (n > 0), ignoring holidays.
int64_t retreat_workdays(int64_t a, int64_t n, WeekdaySet weekend) {
  const int64_t per_week = workdays_per_week(weekend);
  const int64_t weeks = (n - 1) / per_week;
  int64_t day = a - weeks * 7;
  int64_t left = n - weeks * per_week;
  while (left > 0) {
    --day;
    if (is_workday(day, weekend)) --left;
  }
  return day;
}

// Holidays that fall on workdays, as sorted unique day numbers.
std::vector<int64_t> holiday_days(const BusinessCalendar& calendar) {
  std::vector<int64_t> days;
  days.reserve(calendar.holidays.size());
  for (const LocalDate& date : calendar.holidays) {
    if (!is_valid_date(date)) continue;
    const int64_t day = days_from_date(date);
    if (is_workday(day, calendar.weekend)) days.push_back(day);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

// Holidays in (a, b], a <= b.
int64_t count_holidays(const std::vector<int64_t>& holidays, int64_t a, int64_t b) {
  return std::upper_bound(holidays.begin(), holidays.end(), b) - std::upper_bound(holidays.begin(), holidays.end(), a);
}

}  // namespace

bool is_business_day(const LocalDate& date, const BusinessCalendar& calendar) {
  if (!is_valid_date(date)) return false;
  const int64_t day = days_from_date(date);
  if (!is_workday(day, calendar.weekend)) return false;
  return std::none_of(calendar.holidays.begin(), calendar.holidays.end(),
                      [&](const LocalDate& holiday) { return holiday == date; });
}

Evaluated<int64_t> business_days_between(const LocalDate& from, const LocalDate& to,
                                         const BusinessCalendar& calendar) {
  if (!is_valid_date(from) || !is_valid_date(to)) return Evaluated<int64_t>::not_evaluable(kOutOfRange);
  int64_t a = days_from_date(from);
  int64_t b = days_from_date(to);
  const int64_t sign = b < a ? -1 : 1;
  if (b < a) {
    // Counting backwards: to <= d < from, i.e. (to - 1, from - 1].
    std::swap(a, b);
    --a, --b;
  }
  const std::vector<int64_t> holidays = holiday_days(calendar);
  return sign * (count_workdays(a, b, calendar.weekend) - count_holidays(holidays, a, b));
}

Evaluated<LocalDate> add_business_days(const LocalDate& date, int64_t n, const BusinessCalendar& calendar) {
  using Result = Evaluated<LocalDate>;
  if (!is_valid_date(date)) return Result::not_evaluable(kOutOfRange);
  if (n == 0) return date;
  if (workdays_per_week(calendar.weekend) == 0) return Result::not_evaluable("every day of the week is a weekend day");
  // More business days than fit in the supported years cannot have an answer.
  constexpr int64_t kLimit = 4'000'000;
  if (n > kLimit || n < -kLimit) return Result::not_evaluable(kOutOfRange);
  const std::vector<int64_t> holidays = holiday_days(calendar);
  const int64_t start = days_from_date(date);
  int64_t target = start;
  int64_t remaining = n < 0 ? -n : n;
  // Each round skips the holidays the previous round stepped over; every
  // holiday is counted once, so this ends after at most |holidays| + 1 rounds.
  while (remaining > 0) {
    const int64_t next = n > 0 ? advance_workdays(target, remaining, calendar.weekend)
                               : retreat_workdays(target, remaining, calendar.weekend);
    remaining = n > 0 ? count_holidays(holidays, target, next) : count_holidays(holidays, next - 1, target - 1);
    target = next;
    if (!days_in_supported_range(target)) return Result::not_evaluable(kOutOfRange);
  }
  return date_from_days(target);
}

Evaluated<Instant> add_business_days(Instant instant, int64_t n, Zone zone, const BusinessCalendar& calendar) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<Instant>::not_evaluable(local.reason());
  const Evaluated<LocalDate> date = add_business_days(local->date, n, calendar);
  if (!date) return Evaluated<Instant>::not_evaluable(date.reason());
  LocalDateTime moved = *local;
  moved.date = *date;
  const Evaluated<LocalResolution> resolved = from_local(moved, zone);
  if (!resolved) return Evaluated<Instant>::not_evaluable(resolved.reason());
  return resolved->earliest;
}

}  // namespace charter::stdlib::time
