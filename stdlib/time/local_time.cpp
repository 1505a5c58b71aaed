#include "stdlib/time/local_time.hpp"

#include <array>

#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {

Evaluated<LocalDate> local_date(Instant instant, Zone zone) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<LocalDate>::not_evaluable(local.reason());
  return local->date;
}

Evaluated<Weekday> local_weekday(Instant instant, Zone zone) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<Weekday>::not_evaluable(local.reason());
  return weekday_of(local->date);
}

Evaluated<int32_t> local_hour(Instant instant, Zone zone) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<int32_t>::not_evaluable(local.reason());
  return local->hour;
}

Evaluated<int32_t> local_minute(Instant instant, Zone zone) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<int32_t>::not_evaluable(local.reason());
  return local->minute;
}

Evaluated<Instant> add_local_days(Instant instant, int64_t days, Zone zone) {
  const Evaluated<LocalDateTime> local = to_local(instant, zone);
  if (!local) return Evaluated<Instant>::not_evaluable(local.reason());
  LocalDateTime moved = *local;
  if (!add_days(local->date, days, moved.date)) {
    return Evaluated<Instant>::not_evaluable("date outside the supported years 1-9999");
  }
  const Evaluated<LocalResolution> resolved = from_local(moved, zone);
  if (!resolved) return Evaluated<Instant>::not_evaluable(resolved.reason());
  return resolved->earliest;
}

Evaluated<Weekday> parse_weekday(std::string_view text) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday", "wednesday", "thursday",
                                                              "friday", "saturday", "sunday"};
  text = trim(text);
  if (text.size() >= 2 && text.back() == '.') text.remove_suffix(1);
  if (text.size() >= 2) {
    for (size_t i = 0; i < kNames.size(); ++i) {
      const std::string_view name = kNames[i];
      // A full name, or a prefix of at least three letters ("Mon", "Tues", "Thurs").
      if (text.size() <= name.size() && (text.size() >= 3 || text.size() == name.size()) &&
          iequals(text, name.substr(0, text.size()))) {
        return static_cast<Weekday>(i + 1);
      }
    }
  }
  return Evaluated<Weekday>::not_evaluable("not a weekday name (expected Mon … Sun)");
}

std::string_view weekday_name(Weekday day) {
  static constexpr std::array<std::string_view, 7> kNames = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                              "Friday", "Saturday", "Sunday"};
  const auto index = static_cast<size_t>(day);
  return index >= 1 && index <= 7 ? kNames[index - 1] : std::string_view{};
}

}  // namespace charter::stdlib::time
