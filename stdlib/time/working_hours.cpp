#include "stdlib/time/working_hours.hpp"

#include "stdlib/time/local_time.hpp"
#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {
namespace {

bool valid_minute(int32_t minute) { return minute >= 0 && minute <= 24 * 60; }

// The instants of the window that starts on local day `date`.
bool window_on(const LocalDate& date, const WorkingHours& hours, Instant& start, Instant& end) {
  const Evaluated<LocalResolution> from = from_local(LocalDateTime{date, 0, hours.start_minute, 0, 0}, hours.zone);
  LocalDate end_date = date;
  if (hours.start_minute > hours.end_minute && !add_days(date, 1, end_date)) return false;
  const Evaluated<LocalResolution> to = from_local(LocalDateTime{end_date, 0, hours.end_minute, 0, 0}, hours.zone);
  if (!from || !to) return false;
  start = from->earliest;
  end = to->earliest;
  return start < end;
}

// Finds the working window containing `instant` (it started today or yesterday).
Evaluated<bool> window_containing(Instant instant, const WorkingHours& hours, Instant& start, Instant& end) {
  if (!valid_minute(hours.start_minute) || !valid_minute(hours.end_minute)) {
    return Evaluated<bool>::not_evaluable("working hours outside 00:00-24:00");
  }
  const Evaluated<LocalDate> today = local_date(instant, hours.zone);
  if (!today) return Evaluated<bool>::not_evaluable(today.reason());
  if (hours.start_minute == hours.end_minute) return false;
  for (int64_t back = 0; back <= 1; ++back) {
    LocalDate day;
    if (!add_days(*today, -back, day) || !contains(hours.days, weekday_of(day))) continue;
    if (window_on(day, hours, start, end) && start <= instant && instant < end) return true;
  }
  return false;
}

}  // namespace

Evaluated<int32_t> parse_time_of_day(std::string_view text) {
  text = trim(text);
  size_t pos = 0;
  int32_t hour = 0;
  int32_t minute = 0;
  const bool one_digit_hour = text.size() == 4 || (text.size() > 1 && text[1] == ':');
  if (!read_digits(text, pos, one_digit_hour ? 1 : 2, hour) || pos >= text.size() || text[pos] != ':') {
    return Evaluated<int32_t>::not_evaluable("not a time of day (expected HH:MM)");
  }
  ++pos;
  if (!read_digits(text, pos, 2, minute) || pos != text.size() || minute > 59 || hour > 24 ||
      (hour == 24 && minute != 0)) {
    return Evaluated<int32_t>::not_evaluable("not a time of day (expected HH:MM, 00:00-24:00)");
  }
  return hour * 60 + minute;
}

Evaluated<WorkingHours> make_working_hours(std::span<const std::string_view> days, std::string_view start,
                                           std::string_view end, Zone zone) {
  using Result = Evaluated<WorkingHours>;
  if (!zone.known()) return Result::not_evaluable("unknown time zone");
  WorkingHours hours;
  hours.zone = zone;
  for (std::string_view name : days) {
    const Evaluated<Weekday> day = parse_weekday(name);
    if (!day) return Result::not_evaluable(day.reason());
    hours.days = static_cast<WeekdaySet>(hours.days | weekday_bit(*day));
  }
  const Evaluated<int32_t> from = parse_time_of_day(start);
  const Evaluated<int32_t> to = parse_time_of_day(end);
  if (!from) return Result::not_evaluable(from.reason());
  if (!to) return Result::not_evaluable(to.reason());
  hours.start_minute = *from;
  hours.end_minute = *to;
  return hours;
}

Evaluated<bool> is_within_working_hours(Instant instant, const WorkingHours& hours) {
  Instant start;
  Instant end;
  return window_containing(instant, hours, start, end);
}

Evaluated<bool> is_within_one_working_window(Instant from, Instant to, const WorkingHours& hours) {
  if (!(from < to)) return Evaluated<bool>::not_evaluable("empty interval");
  Instant start;
  Instant end;
  const Evaluated<bool> inside = window_containing(from, hours, start, end);
  if (!inside || !*inside) return inside;
  return to <= end;
}

Evaluated<bool> is_quiet_hours(Instant instant, int32_t start_minute, int32_t end_minute, Zone zone) {
  if (!valid_minute(start_minute) || !valid_minute(end_minute)) {
    return Evaluated<bool>::not_evaluable("quiet hours outside 00:00-24:00");
  }
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<bool>::not_evaluable(local.reason());
  const int32_t minute = local->hour * 60 + local->minute;
  if (start_minute == end_minute) return false;
  if (start_minute < end_minute) return minute >= start_minute && minute < end_minute;
  return minute >= start_minute || minute < end_minute;
}

Evaluated<bool> is_quiet_hours(Instant instant, std::string_view start, std::string_view end, Zone zone) {
  const Evaluated<int32_t> from = parse_time_of_day(start);
  const Evaluated<int32_t> to = parse_time_of_day(end);
  if (!from) return Evaluated<bool>::not_evaluable(from.reason());
  if (!to) return Evaluated<bool>::not_evaluable(to.reason());
  return is_quiet_hours(instant, *from, *to, zone);
}

}  // namespace charter::stdlib::time
