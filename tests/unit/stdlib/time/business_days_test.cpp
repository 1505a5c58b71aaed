// Business days: weekends, holidays, other weekend conventions, huge counts.
#include "stdlib/time/business_days.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::time {
namespace {

constexpr LocalDate kThursday{2026, 3, 12};
constexpr LocalDate kFriday{2026, 3, 13};
constexpr LocalDate kSaturday{2026, 3, 14};
constexpr LocalDate kMonday{2026, 3, 16};

TEST(TimeBusinessDays, WeekendsAreSkipped) {
  EXPECT_TRUE(is_business_day(kFriday));
  EXPECT_FALSE(is_business_day(kSaturday));
  EXPECT_EQ(*add_business_days(kFriday, 1), kMonday);
  EXPECT_EQ(*add_business_days(kThursday, 2), kMonday);
  EXPECT_EQ(*add_business_days(kSaturday, 1), kMonday);
  EXPECT_EQ(*add_business_days(kMonday, -1), kFriday);
  EXPECT_EQ(*add_business_days(kSaturday, 0), kSaturday);
  EXPECT_EQ(*add_business_days(kThursday, 10), (LocalDate{2026, 3, 26}));
}

TEST(TimeBusinessDays, CountsBetweenExcludingTheStartIncludingTheEnd) {
  EXPECT_EQ(*business_days_between(kFriday, kMonday), 1);
  EXPECT_EQ(*business_days_between(kMonday, kFriday), -1);
  EXPECT_EQ(*business_days_between(kThursday, kThursday), 0);
  EXPECT_EQ(*business_days_between(kFriday, kSaturday), 0);
  EXPECT_EQ(*business_days_between(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}), 260);
}

TEST(TimeBusinessDays, HolidaysAreSkippedInAnyOrderAndWithDuplicates) {
  // Good Friday and Easter Monday 2026, listed twice and out of order.
  const std::vector<LocalDate> holidays = {{2026, 4, 6}, {2026, 4, 3}, {2026, 4, 6}, {2026, 4, 4}};
  const BusinessCalendar calendar{kSaturdaySunday, holidays};
  EXPECT_FALSE(is_business_day({2026, 4, 3}, calendar));
  EXPECT_EQ(*add_business_days(LocalDate{2026, 4, 2}, 1, calendar), (LocalDate{2026, 4, 7}));
  EXPECT_EQ(*add_business_days(LocalDate{2026, 4, 7}, -1, calendar), (LocalDate{2026, 4, 2}));
  EXPECT_EQ(*business_days_between(LocalDate{2026, 4, 2}, LocalDate{2026, 4, 7}, calendar), 1);
  EXPECT_EQ(*add_business_days(LocalDate{2026, 4, 1}, 3, calendar), (LocalDate{2026, 4, 8}));
}

TEST(TimeBusinessDays, AddThenCountGivesBackTheSameNumber) {
  const std::vector<LocalDate> holidays = {{2026, 12, 25}, {2026, 12, 28}, {2027, 1, 1}};
  const BusinessCalendar calendar{kSaturdaySunday, holidays};
  for (int64_t n = -40; n <= 40; ++n) {
    const LocalDate moved = *add_business_days(LocalDate{2026, 12, 20}, n, calendar);
    EXPECT_EQ(*business_days_between(LocalDate{2026, 12, 20}, moved, calendar), n) << n;
    if (n != 0) {
      EXPECT_TRUE(is_business_day(moved, calendar)) << n;
    }
  }
}

TEST(TimeBusinessDays, OtherWeekendConventions) {
  // Friday and Saturday weekend.
  const BusinessCalendar gulf{static_cast<WeekdaySet>(weekday_bit(Weekday::Friday) | weekday_bit(Weekday::Saturday)), {}};
  EXPECT_EQ(*add_business_days(kThursday, 1, gulf), (LocalDate{2026, 3, 15}));  // Sunday
  const BusinessCalendar always_closed{0b1111'1110, {}};
  EXPECT_FALSE(add_business_days(kThursday, 1, always_closed).ok());
}

TEST(TimeBusinessDays, HugeCountsAndInvalidDatesAreNotEvaluable) {
  EXPECT_FALSE(add_business_days(kThursday, INT64_MAX).ok());
  EXPECT_FALSE(add_business_days(kThursday, INT64_MIN).ok());
  EXPECT_FALSE(add_business_days(LocalDate{9999, 12, 30}, 5).ok());
  EXPECT_TRUE(add_business_days(kThursday, 1'000'000).ok());
  EXPECT_FALSE(add_business_days(LocalDate{2026, 2, 30}, 1).ok());
  EXPECT_FALSE(business_days_between(LocalDate{2026, 13, 1}, kThursday).ok());
  EXPECT_EQ(*business_days_between(LocalDate{1, 1, 1}, LocalDate{9999, 12, 31}), 2'608'614);
}

TEST(TimeBusinessDays, KeepsTheLocalTimeOfDayInAZone) {
  const Zone london = *find_zone("Europe/London");
  const Instant friday_ten = *parse_rfc3339("2026-03-27T10:00:00Z");  // Friday before the clocks change
  EXPECT_EQ(*format_rfc3339(*add_business_days(friday_ten, 1, london), london), "2026-03-30T10:00:00+01:00");
  EXPECT_FALSE(add_business_days(friday_ten, 1, Zone{}).ok());
}

}  // namespace
}  // namespace charter::stdlib::time
