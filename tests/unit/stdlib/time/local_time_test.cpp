// Local fields of an instant, wall-clock day arithmetic, weekday names and durations.
#include "stdlib/time/local_time.hpp"

#include <gtest/gtest.h>

#include "stdlib/time/duration.hpp"
#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::time {
namespace {

Instant at(const char* text) { return *parse_rfc3339(text); }
Zone zone(const char* name) { return *find_zone(name); }

TEST(TimeLocalFields, ReadsDateWeekdayHourAndMinuteInTheZone) {
  const Instant friday_evening_utc = at("2026-06-12T20:45:00Z");
  EXPECT_EQ(*local_date(friday_evening_utc, zone("UTC")), (LocalDate{2026, 6, 12}));
  EXPECT_EQ(*local_weekday(friday_evening_utc, zone("UTC")), Weekday::Friday);
  EXPECT_EQ(*local_date(friday_evening_utc, zone("Asia/Tokyo")), (LocalDate{2026, 6, 13}));
  EXPECT_EQ(*local_weekday(friday_evening_utc, zone("Asia/Tokyo")), Weekday::Saturday);
  EXPECT_EQ(*local_hour(friday_evening_utc, zone("Asia/Tokyo")), 5);
  EXPECT_EQ(*local_minute(friday_evening_utc, zone("Asia/Kolkata")), 15);  // 02:15 on Saturday
  EXPECT_EQ(*local_hour(friday_evening_utc, zone("America/Los_Angeles")), 13);
}

TEST(TimeLocalFields, AnUnknownZoneIsNotEvaluable) {
  EXPECT_FALSE(local_date(at("2026-06-12T20:45:00Z"), Zone{}).ok());
  EXPECT_FALSE(local_weekday(at("2026-06-12T20:45:00Z"), Zone{}).ok());
  EXPECT_FALSE(local_hour(Instant{INT64_MAX}, zone("UTC")).ok());
}

TEST(TimeLocalFields, AddingLocalDaysKeepsTheWallClockAcrossDst) {
  const Zone london = zone("Europe/London");
  const Instant saturday_nine = at("2026-03-28T09:00:00Z");
  const Instant sunday_nine = *add_local_days(saturday_nine, 1, london);
  EXPECT_EQ(*format_rfc3339(sunday_nine, london), "2026-03-29T09:00:00+01:00");
  EXPECT_EQ(duration_between(saturday_nine, sunday_nine), hours(23));
  EXPECT_EQ(*format_rfc3339(*add_local_days(sunday_nine, -1, london), london), "2026-03-28T09:00:00+00:00");
  EXPECT_FALSE(add_local_days(saturday_nine, 10'000'000, london).ok());
}

TEST(TimeLocalFields, ParsesWeekdayNames) {
  EXPECT_EQ(*parse_weekday("Mon"), Weekday::Monday);
  EXPECT_EQ(*parse_weekday("tuesday"), Weekday::Tuesday);
  EXPECT_EQ(*parse_weekday("Thurs"), Weekday::Thursday);
  EXPECT_EQ(*parse_weekday(" SUN "), Weekday::Sunday);
  EXPECT_EQ(*parse_weekday("Sat."), Weekday::Saturday);
  for (const char* bad : {"", "M", "Mo", "Moonday", "holiday", "\xff"}) {
    EXPECT_FALSE(parse_weekday(bad).ok()) << bad;
  }
  EXPECT_EQ(weekday_name(Weekday::Wednesday), "Wednesday");
}

TEST(TimeDurations, AddAndSubtractRefuseToLeaveTheSupportedRange) {
  const Instant start = at("2026-03-12T10:00:00Z");
  EXPECT_EQ(*add_duration(start, minutes(90)), at("2026-03-12T11:30:00Z"));
  EXPECT_EQ(*subtract_duration(start, days(1)), at("2026-03-11T10:00:00Z"));
  EXPECT_FALSE(add_duration(start, Duration{INT64_MAX}).ok());
  EXPECT_FALSE(subtract_duration(start, Duration{INT64_MIN}).ok());
  EXPECT_FALSE(add_duration(Instant{INT64_MAX - 5}, seconds(1)).ok());
}

TEST(TimeDurations, BetweenIsSignedAndSaturates) {
  const Instant a = at("2026-03-12T10:00:00Z");
  const Instant b = at("2026-03-12T12:30:00Z");
  EXPECT_EQ(duration_between(a, b), minutes(150));
  EXPECT_EQ(duration_between(b, a), minutes(-150));
  EXPECT_EQ(duration_between(Instant{INT64_MIN}, Instant{INT64_MAX}).micros, INT64_MAX);
  EXPECT_EQ(duration_between(Instant{INT64_MAX}, Instant{INT64_MIN}).micros, INT64_MIN);
}

TEST(TimeDurations, ParsesWrittenDurations) {
  struct Case {
    const char* text;
    Duration expected;
  };
  const Case cases[] = {
      {"PT30M", minutes(30)},         {"PT1H30M", minutes(90)},     {"P2DT3H", hours(51)},
      {"PT1.5S", Duration{1'500'000}}, {"P1W", days(7)},             {"90m", minutes(90)},
      {"1h30m", minutes(90)},         {"2d", days(2)},              {"45s", seconds(45)},
      {"2 hours", hours(2)},          {"1 hour 30 minutes", minutes(90)}, {"1 hour and 30 minutes", minutes(90)},
      {"3 days", days(3)},            {"-15m", minutes(-15)},       {"1.5h", minutes(90)},
  };
  for (const Case& c : cases) {
    const Evaluated<Duration> parsed = parse_duration(c.text);
    ASSERT_TRUE(parsed.ok()) << c.text << ": " << parsed.reason();
    EXPECT_EQ(*parsed, c.expected) << c.text;
  }
}

TEST(TimeDurations, RejectsDurationsWithoutAFixedLengthOrNonsense) {
  for (const char* text : {"", "P", "P1M", "P1Y", "PT", "1 fortnight", "h", "abc", "12", "99999999999999999999h",
                           "P99999999999999D", "1h 1x", "\xff\xfe"}) {
    EXPECT_FALSE(parse_duration(text).ok()) << text;
  }
}

}  // namespace
}  // namespace charter::stdlib::time
