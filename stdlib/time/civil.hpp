// Civil (calendar) dates and wall-clock times, independent of any time zone:
// the proleptic Gregorian calendar of years 1–9999. Phase: builtins (std.time).
// Plain values; nothing here allocates or reads the time zone database.
#pragma once

#include <compare>
#include <cstdint>

namespace charter::stdlib::time {

/// ISO 8601 numbering: Monday is 1, Sunday is 7.
enum class Weekday : uint8_t { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

/// A set of weekdays as a bit mask (bit 1 = Monday … bit 7 = Sunday).
using WeekdaySet = uint8_t;
constexpr WeekdaySet weekday_bit(Weekday day) { return static_cast<WeekdaySet>(1u << static_cast<unsigned>(day)); }
constexpr bool contains(WeekdaySet set, Weekday day) { return (set & weekday_bit(day)) != 0; }
inline constexpr WeekdaySet kMondayToFriday = 0b0011'1110;
inline constexpr WeekdaySet kSaturdaySunday = 0b1100'0000;

struct LocalDate {
  int32_t year = 1970;
  int32_t month = 1;  // 1–12
  int32_t day = 1;    // 1–31
  friend auto operator<=>(const LocalDate&, const LocalDate&) = default;
};

/// A wall-clock reading. `hour` is 0–23; a value outside the usual ranges is
/// normalised by the functions that take one (24:00 is the next day's 00:00).
struct LocalDateTime {
  LocalDate date;
  int32_t hour = 0;
  int32_t minute = 0;
  int32_t second = 0;
  int32_t microsecond = 0;
  friend auto operator<=>(const LocalDateTime&, const LocalDateTime&) = default;
};

inline constexpr int32_t kMinYear = 1;
inline constexpr int32_t kMaxYear = 9999;

bool is_leap_year(int32_t year);
/// 28–31; 0 when the month is not 1–12.
int32_t days_in_month(int32_t year, int32_t month);
/// A real date of years 1–9999.
bool is_valid_date(const LocalDate& date);

/// Days since 1970-01-01 (negative before). The date must be valid.
int64_t days_from_date(const LocalDate& date);
/// The inverse of days_from_date; days outside years 1–9999 are clamped to that range.
LocalDate date_from_days(int64_t days);
bool days_in_supported_range(int64_t days);

Weekday weekday_of(const LocalDate& date);
/// Days to add to `from` to reach the next `to` (0–6; 0 when they are equal).
int32_t days_until(Weekday from, Weekday to);

/// `days` days later (or earlier); false when the result leaves years 1–9999.
bool add_days(const LocalDate& date, int64_t days, LocalDate& out);
/// `months` months later, the day clamped to the target month's length
/// (Jan 31 + 1 month = Feb 28 or 29). `clamped` says whether clamping happened.
bool add_months(const LocalDate& date, int64_t months, LocalDate& out, bool& clamped);

}  // namespace charter::stdlib::time
