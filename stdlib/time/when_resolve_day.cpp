// Choosing the day of an expression: calendar dates (with year and month
// inference and the day/month order of numeric dates), weekdays with their
// modifiers, relative days and vague periods.
#include <algorithm>

#include "stdlib/time/when_resolve.hpp"

namespace charter::stdlib::time::when {
namespace {

// Sender countries that write the month first (12/03 = December 3).
constexpr std::string_view kMonthFirstCountries[] = {"US", "PH", "PR", "GU", "AS", "VI", "MP", "UM", "FM", "MH",
                                                     "PW", "BZ"};

bool month_first_zone(std::string_view zone) {
  static constexpr std::string_view kZones[] = {
      "America/New_York",  "America/Chicago",  "America/Denver",  "America/Los_Angeles", "America/Phoenix",
      "America/Anchorage", "Pacific/Honolulu", "America/Detroit", "America/Boise",       "America/Juneau",
      "America/Sitka",     "America/Nome",     "America/Adak",    "America/Yakutat",     "America/Metlakatla",
      "America/Menominee", "Asia/Manila",      "America/Puerto_Rico", "Pacific/Guam",    "America/Belize"};
  if (zone.starts_with("US/") || zone.starts_with("America/Indiana/") || zone.starts_with("America/Kentucky/") ||
      zone.starts_with("America/North_Dakota/")) {
    return true;
  }
  return std::find(std::begin(kZones), std::end(kZones), zone) != std::end(kZones);
}

bool plausible(int32_t month, int32_t day, int32_t year) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year == 0 ? 2000 : year, month);  // 2000: allow 29 February without a year
}

LocalDate first_of_month(const LocalDate& day, int64_t months) {
  LocalDate out = day;
  bool clamped = false;
  add_months(LocalDate{day.year, day.month, 1}, months, out, clamped);
  return out;
}

}  // namespace

LocalDate GroupResolver::plus(const LocalDate& day, int64_t days) const {
  LocalDate out = day;
  add_days(day, days, out);
  return out;
}

LocalDate GroupResolver::start_of_week(const LocalDate& day) const {
  return plus(day, -days_until(context_.options->week_start, weekday_of(day)));
}

DateOrder GroupResolver::numeric_order(std::string_view& reason) const {
  const WhenOptions& options = *context_.options;
  if (options.date_order != DateOrder::FromContext) {
    reason = options.date_order == DateOrder::DayFirst
                 ? reason_text(WhenFlag::DayMonthOrder)
                 : "numeric date read month first as configured; day first gives another date";
    return options.date_order;
  }
  if (!options.country.empty()) {
    const bool month_first = std::find(std::begin(kMonthFirstCountries), std::end(kMonthFirstCountries),
                                       options.country) != std::end(kMonthFirstCountries);
    reason = month_first ? "numeric date read month first (the sender's country writes month/day); "
                           "day first gives another date"
                         : "numeric date read day first (the sender's country writes day/month); "
                           "month first gives another date";
    return month_first ? DateOrder::MonthFirst : DateOrder::DayFirst;
  }
  if (month_first_zone(context_.default_zone.name())) {
    reason = "numeric date read month first (US convention of the sender's zone); day first gives another date";
    return DateOrder::MonthFirst;
  }
  reason = reason_text(WhenFlag::DayMonthOrder);
  return DateOrder::DayFirst;
}

// The nearest (month, day) on or after today; the day is clamped to the month.
LocalDate GroupResolver::infer_year(int32_t month, int32_t day) {
  int32_t year = today_.year;
  if (month < today_.month || (month == today_.month && day < today_.day)) ++year;
  auto make = [&](int32_t y) {
    return LocalDate{y, month, std::min(day, days_in_month(y, month))};
  };
  const LocalDate future = make(year);
  const LocalDate past = make(year - 1);
  const int64_t ahead = days_from_date(future) - days_from_date(today_);
  const int64_t behind = days_from_date(today_) - days_from_date(past);
  if (future.year != today_.year) {
    flag_date(WhenFlag::YearRollover, "no year given; read as next year's date", past);
  } else if (behind < ahead) {
    flag_date(WhenFlag::YearRollover, "no year given; read as this year's date, but last year's is closer", past);
  }
  return future;
}

bool GroupResolver::choose_calendar_date(const Component& date) {
  date_stated_ = true;
  if (!date.numeric && date.month == 0) {
    // "the 12th": this month if the day is still ahead, else the next month that has it.
    LocalDate candidate{today_.year, today_.month, date.day};
    for (int64_t months = 0; months <= 12; ++months) {
      const LocalDate first = first_of_month(today_, months);
      candidate = LocalDate{first.year, first.month, date.day};
      if (is_valid_date(candidate) && candidate >= today_) break;
    }
    if (!is_valid_date(candidate)) return false;
    flag(WhenFlag::NoMonth, reason_text(WhenFlag::NoMonth));
    if (candidate.year != today_.year) flag(WhenFlag::YearRollover, "no month or year given; read as next year's date");
    day_ = candidate;
    return true;
  }
  int32_t month = date.month;
  int32_t day = date.day;
  if (date.numeric) {
    std::string_view reason;
    const DateOrder order = numeric_order(reason);
    const bool day_first = order == DateOrder::DayFirst;
    int32_t alt_month = day_first ? date.first_number : date.second_number;
    int32_t alt_day = day_first ? date.second_number : date.first_number;
    month = day_first ? date.second_number : date.first_number;
    day = day_first ? date.first_number : date.second_number;
    const bool primary_ok = plausible(month, day, date.year);
    const bool alternative_ok = plausible(alt_month, alt_day, date.year);
    if (!primary_ok && !alternative_ok) return false;
    if (!primary_ok) std::swap(month, alt_month), std::swap(day, alt_day);
    if (primary_ok && alternative_ok && month != alt_month) {
      // Both readings are dates. A weekday beside the date may settle it.
      auto resolve = [&](int32_t m, int32_t d) {
        if (date.year != 0) return LocalDate{date.year, m, std::min(d, days_in_month(date.year, m))};
        const size_t saved = pending_.size();
        const LocalDate out = infer_year(m, d);
        pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(saved), pending_.end());
        return out;
      };
      const LocalDate primary = resolve(month, day);
      const LocalDate other = resolve(alt_month, alt_day);
      if (group_.weekday >= 0 && weekday_of(primary) != component(group_.weekday).weekday &&
          weekday_of(other) == component(group_.weekday).weekday) {
        std::swap(month, alt_month), std::swap(day, alt_day);
      } else if (!(group_.weekday >= 0 && weekday_of(primary) == component(group_.weekday).weekday &&
                   weekday_of(other) != component(group_.weekday).weekday)) {
        flag_date(WhenFlag::DayMonthOrder, reason, other);
      }
    }
  }
  if (date.year == 0) {
    day_ = infer_year(month, day);
    if (day_.day != day) flag(WhenFlag::InvalidDate, reason_text(WhenFlag::InvalidDate));
    return true;
  }
  if (date.year < kMinYear || date.year > kMaxYear || month < 1 || month > 12) return false;
  day_ = LocalDate{date.year, month, std::min(day, days_in_month(date.year, month))};
  if (day_.day != day) flag(WhenFlag::InvalidDate, reason_text(WhenFlag::InvalidDate));
  return true;
}

bool GroupResolver::choose_weekday(const Component& weekday, LocalDate& day, bool record_flags) {
  const Weekday today = weekday_of(today_);
  const int32_t ahead = days_until(today, weekday.weekday);
  const LocalDate next_week = plus(start_of_week(today_), 7);
  const LocalDate in_next_week = plus(next_week, days_until(context_.options->week_start, weekday.weekday));
  if (group_.period >= 0) {
    const PeriodKind kind = component(group_.period).period;
    if (kind == PeriodKind::ThisWeek || kind == PeriodKind::NextWeek || kind == PeriodKind::WeekAfterNext) {
      const int64_t weeks = kind == PeriodKind::ThisWeek ? 0 : kind == PeriodKind::NextWeek ? 1 : 2;
      day = plus(plus(start_of_week(today_), 7 * weeks), days_until(context_.options->week_start, weekday.weekday));
      return true;
    }
  }
  switch (weekday.modifier) {
    case WeekdayModifier::None:
    case WeekdayModifier::WeekLater:
      day = plus(today_, ahead == 0 ? 7 : ahead);
      if (weekday.modifier == WeekdayModifier::WeekLater) day = plus(today_, ahead + 7);
      if (ahead == 0 && record_flags) {
        if (weekday.modifier == WeekdayModifier::None) {
          flag_date(WhenFlag::NextWeekdayOnSameDay,
                    "weekday said on that weekday; read as a week today, could mean today", today_);
        } else {
          flag_date(WhenFlag::NextWeekdayOnSameDay, reason_text(WhenFlag::NextWeekdayOnSameDay), plus(today_, 14));
        }
      }
      return true;
    case WeekdayModifier::This:
      day = plus(today_, ahead);
      return true;
    case WeekdayModifier::Next: {
      const LocalDate coming = plus(today_, ahead == 0 ? 7 : ahead);
      day = ahead == 0 ? coming : in_next_week;
      if (!record_flags) return true;
      if (ahead == 0) {
        flag_date(WhenFlag::NextWeekdayOnSameDay, reason_text(WhenFlag::NextWeekdayOnSameDay), plus(today_, 14));
      } else if (coming != in_next_week) {
        flag_date(WhenFlag::NextWeekdayAmbiguous, reason_text(WhenFlag::NextWeekdayAmbiguous), coming);
      }
      return true;
    }
    case WeekdayModifier::Last: {
      const int32_t back = days_until(weekday.weekday, today);
      day = plus(today_, -(back == 0 ? 7 : back));
      return true;
    }
    case WeekdayModifier::AfterNext:
      day = plus(today_, (ahead == 0 ? 7 : ahead) + 7);
      return true;
  }
  return false;
}

bool GroupResolver::choose_period(const Component& period) {
  vague_ = true;
  relative_ = period.period != PeriodKind::NamedMonth;
  const LocalDate week = start_of_week(today_);
  const LocalDate next_week = plus(week, 7);
  const Weekday today = weekday_of(today_);
  auto range = [&](const LocalDate& from, const LocalDate& to, WhenGranularity granularity) {
    day_ = from;
    length_days_ = std::max<int64_t>(1, days_from_date(to) - days_from_date(from));
    day_granularity_ = length_days_ == 1 ? WhenGranularity::Day : granularity;
  };
  const WhenGranularity days = WhenGranularity::Days;
  switch (period.period) {
    case PeriodKind::ThisWeek: range(today_, next_week, WhenGranularity::Week); break;
    case PeriodKind::NextWeek: range(next_week, plus(next_week, 7), WhenGranularity::Week); break;
    case PeriodKind::WeekAfterNext: range(plus(next_week, 7), plus(next_week, 14), WhenGranularity::Week); break;
    case PeriodKind::EarlyNextWeek: range(next_week, plus(next_week, 2), days); break;
    case PeriodKind::MidNextWeek: range(plus(next_week, 1), plus(next_week, 4), days); break;
    case PeriodKind::EndOfNextWeek: range(plus(next_week, 3), plus(next_week, 5), days); break;
    case PeriodKind::EndOfThisWeek: {
      LocalDate from = plus(week, 3);
      LocalDate to = plus(week, 5);
      if (today_ >= to) from = plus(from, 7), to = plus(to, 7);
      range(std::max(from, today_), to, days);
      break;
    }
    case PeriodKind::LaterThisWeek:
      if (plus(today_, 1) < next_week) range(plus(today_, 1), next_week, days);
      else range(today_, plus(today_, 1), days);
      break;
    case PeriodKind::ThisWeekend:
    case PeriodKind::NextWeekend: {
      LocalDate saturday = today == Weekday::Sunday ? plus(today_, -1)
                                                    : plus(today_, days_until(today, Weekday::Saturday));
      if (period.period == PeriodKind::NextWeekend) saturday = plus(saturday, 7);
      range(std::max(saturday, today_), plus(saturday, 2), days);
      break;
    }
    case PeriodKind::ThisMonth: range(today_, first_of_month(today_, 1), WhenGranularity::Month); break;
    case PeriodKind::NextMonth:
      range(first_of_month(today_, 1), first_of_month(today_, 2), WhenGranularity::Month);
      break;
    case PeriodKind::EndOfMonth: {
      const LocalDate last = plus(first_of_month(today_, 1), -1);
      range(last, plus(last, 1), days);
      break;
    }
    case PeriodKind::EarlyNextMonth: range(first_of_month(today_, 1), plus(first_of_month(today_, 1), 10), days); break;
    case PeriodKind::LaterToday:
      later_today_ = true;
      range(today_, plus(today_, 1), days);
      break;
    case PeriodKind::ComingDays: range(plus(today_, 1), plus(today_, 4), days); break;
    case PeriodKind::NamedMonth: {
      date_stated_ = true;
      int32_t year = period.year;
      if (year == 0) {
        year = period.month < today_.month ? today_.year + 1 : today_.year;
        if (year != today_.year) {
          flag_date(WhenFlag::YearRollover, "no year given; read as next year's month",
                    LocalDate{today_.year, period.month, 1});
        }
      }
      if (year < kMinYear || year > kMaxYear) return false;
      const int32_t length = days_in_month(year, period.month);
      static constexpr int32_t kFrom[] = {1, 1, 11, 21};
      const int32_t from = kFrom[std::clamp(period.month_part, 0, 3)];
      const int32_t to = period.month_part == 1 ? 11 : period.month_part == 2 ? 21 : length + 1;
      range(LocalDate{year, period.month, from}, plus(LocalDate{year, period.month, 1}, to - 1),
            period.month_part == 0 ? WhenGranularity::Month : days);
      break;
    }
  }
  if (!later_today_) flag(WhenFlag::Vague, reason_text(WhenFlag::Vague));
  return true;
}

bool GroupResolver::choose_day() {
  if (group_.date >= 0) {
    if (!choose_calendar_date(component(group_.date))) return false;
    have_day_ = true;
  } else if (group_.relative >= 0) {
    const Component& relative = component(group_.relative);
    day_ = today_;
    if (relative.months != 0) {
      bool clamped = false;
      if (!add_months(today_, relative.months, day_, clamped)) return false;
      if (clamped) flag(WhenFlag::InvalidDate, "that month has no such day; its last day is used");
    }
    if (!add_days(day_, relative.days, day_)) return false;
    if (relative.vague) flag(WhenFlag::Vague, "an approximate number of days");
    have_day_ = relative_ = date_stated_ = true;
  } else if (group_.weekday >= 0) {
    if (!choose_weekday(component(group_.weekday), day_, true)) return false;
    have_day_ = relative_ = date_stated_ = true;
    return true;
  } else if (group_.period >= 0) {
    if (!choose_period(component(group_.period))) return false;
    have_day_ = true;
    return true;
  } else {
    return true;  // a bare time: its day is chosen with the time
  }
  if (group_.weekday >= 0) {
    LocalDate weekday_day;
    const Component& weekday = component(group_.weekday);
    if (weekday_of(day_) != weekday.weekday && choose_weekday(weekday, weekday_day, false)) {
      flag_date(WhenFlag::WeekdayMismatch, reason_text(WhenFlag::WeekdayMismatch), weekday_day);
    }
  }
  return true;
}

}  // namespace charter::stdlib::time::when
