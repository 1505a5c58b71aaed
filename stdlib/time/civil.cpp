// Civil dates through the C++20 <chrono> calendar types.
#include "stdlib/time/civil.hpp"

#include <chrono>

namespace charter::stdlib::time {
namespace {

namespace chr = std::chrono;

// 0001-01-01 and 9999-12-31 as days since 1970-01-01.
constexpr int64_t kFirstDay = -719162;
constexpr int64_t kLastDay = 2932896;

}  // namespace

bool is_leap_year(int32_t year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int32_t days_in_month(int32_t year, int32_t month) {
  static constexpr int32_t kLengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && is_leap_year(year)) return 29;
  return kLengths[month - 1];
}

bool is_valid_date(const LocalDate& date) {
  return date.year >= kMinYear && date.year <= kMaxYear && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

int64_t days_from_date(const LocalDate& date) {
  const chr::year_month_day ymd{chr::year{date.year}, chr::month{static_cast<unsigned>(date.month)},
                                chr::day{static_cast<unsigned>(date.day)}};
  return chr::sys_days{ymd}.time_since_epoch().count();
}

bool days_in_supported_range(int64_t days) { return days >= kFirstDay && days <= kLastDay; }

LocalDate date_from_days(int64_t days) {
  if (days < kFirstDay) days = kFirstDay;
  if (days > kLastDay) days = kLastDay;
  const chr::year_month_day ymd{chr::sys_days{chr::days{static_cast<int32_t>(days)}}};
  return {static_cast<int>(ymd.year()), static_cast<int32_t>(static_cast<unsigned>(ymd.month())),
          static_cast<int32_t>(static_cast<unsigned>(ymd.day()))};
}

Weekday weekday_of(const LocalDate& date) {
  // 1970-01-01 was a Thursday (ISO 4).
  const int64_t days = days_from_date(date);
  int64_t index = (days + 3) % 7;  // 0 = Monday
  if (index < 0) index += 7;
  return static_cast<Weekday>(index + 1);
}

int32_t days_until(Weekday from, Weekday to) {
  return (static_cast<int32_t>(to) - static_cast<int32_t>(from) + 7) % 7;
}

bool add_days(const LocalDate& date, int64_t days, LocalDate& out) {
  if (!is_valid_date(date)) return false;
  const int64_t base = days_from_date(date);
  if (days > kLastDay - base || days < kFirstDay - base) return false;
  out = date_from_days(base + days);
  return true;
}

bool add_months(const LocalDate& date, int64_t months, LocalDate& out, bool& clamped) {
  clamped = false;
  if (!is_valid_date(date)) return false;
  constexpr int64_t kMonthLimit = int64_t{kMaxYear} * 12;
  if (months > kMonthLimit || months < -kMonthLimit) return false;
  const int64_t index = int64_t{date.year} * 12 + (date.month - 1) + months;
  const int64_t year = index >= 0 ? index / 12 : (index - 11) / 12;
  if (year < kMinYear || year > kMaxYear) return false;
  const auto month = static_cast<int32_t>(index - year * 12 + 1);
  const int32_t length = days_in_month(static_cast<int32_t>(year), month);
  clamped = date.day > length;
  out = {static_cast<int32_t>(year), month, clamped ? length : date.day};
  return true;
}

}  // namespace charter::stdlib::time
