// Working hours and quiet hours on a zone's wall clock, including windows
// that span midnight and days that change offset.
#include "stdlib/time/working_hours.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string_view>

#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::time {
namespace {

Instant at(const char* text) { return *parse_rfc3339(text); }
Zone zone(const char* name) { return *find_zone(name); }

WorkingHours office(const char* zone_name) {
  const std::array<std::string_view, 5> days = {"Mon", "Tue", "Wed", "Thu", "Fri"};
  return *make_working_hours(days, "09:00", "17:30", zone(zone_name));
}

TEST(TimeWorkingHours, ParsesTimesOfDay) {
  EXPECT_EQ(*parse_time_of_day("09:00"), 540);
  EXPECT_EQ(*parse_time_of_day("9:30"), 570);
  EXPECT_EQ(*parse_time_of_day("24:00"), 1440);
  for (const char* bad : {"", "9", "09:0", "25:00", "24:01", "09:60", "9am", "09-00", "\xff"}) {
    EXPECT_FALSE(parse_time_of_day(bad).ok()) << bad;
  }
}

TEST(TimeWorkingHours, BuildsFromTheCalendarContract) {
  const WorkingHours hours = office("Europe/London");
  EXPECT_EQ(hours.days, kMondayToFriday);
  EXPECT_EQ(hours.start_minute, 540);
  EXPECT_EQ(hours.end_minute, 1050);
  const std::array<std::string_view, 1> bad_day = {"Funday"};
  EXPECT_FALSE(make_working_hours(bad_day, "09:00", "17:00", zone("UTC")).ok());
  EXPECT_FALSE(make_working_hours({}, "09:00", "17:00", Zone{}).ok());
}

TEST(TimeWorkingHours, ChecksTheLocalTimeInTheCalendarsZone) {
  const WorkingHours london = office("Europe/London");
  EXPECT_TRUE(*is_within_working_hours(at("2026-03-12T09:00:00Z"), london));   // Thursday 09:00, start included
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-12T08:59:00Z"), london));
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-12T17:30:00Z"), london));  // end excluded
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-14T12:00:00Z"), london));  // Saturday
  // In July, 08:30 UTC is 09:30 in London.
  EXPECT_TRUE(*is_within_working_hours(at("2026-07-15T08:30:00Z"), london));
  // 15:00 UTC on a Thursday is already Friday 02:00 in Sydney.
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-12T15:00:00Z"), office("Australia/Sydney")));
}

TEST(TimeWorkingHours, ANightShiftBelongsToTheDayItStarts) {
  const std::array<std::string_view, 1> friday = {"Fri"};
  const WorkingHours night = *make_working_hours(friday, "22:00", "06:00", zone("UTC"));
  EXPECT_TRUE(*is_within_working_hours(at("2026-03-13T23:00:00Z"), night));   // Friday night
  EXPECT_TRUE(*is_within_working_hours(at("2026-03-14T05:59:00Z"), night));   // Saturday morning, same shift
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-14T23:00:00Z"), night));  // Saturday night
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-13T05:00:00Z"), night));  // Thursday's shift does not exist
}

TEST(TimeWorkingHours, AWholeIntervalMustFitInOneWindow) {
  const WorkingHours london = office("Europe/London");
  EXPECT_TRUE(*is_within_one_working_window(at("2026-03-12T16:00:00Z"), at("2026-03-12T17:30:00Z"), london));
  EXPECT_FALSE(*is_within_one_working_window(at("2026-03-12T17:00:00Z"), at("2026-03-12T18:00:00Z"), london));
  EXPECT_FALSE(is_within_one_working_window(at("2026-03-12T17:00:00Z"), at("2026-03-12T17:00:00Z"), london).ok());
}

TEST(TimeWorkingHours, EmptyOrInvalidWindowsNeverContainAnything) {
  WorkingHours empty = office("UTC");
  empty.end_minute = empty.start_minute;
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-12T09:30:00Z"), empty));
  WorkingHours no_days = office("UTC");
  no_days.days = 0;
  EXPECT_FALSE(*is_within_working_hours(at("2026-03-12T09:30:00Z"), no_days));
  WorkingHours broken = office("UTC");
  broken.end_minute = 5000;
  EXPECT_FALSE(is_within_working_hours(at("2026-03-12T09:30:00Z"), broken).ok());
  EXPECT_FALSE(is_within_working_hours(at("2026-03-12T09:30:00Z"), WorkingHours{}).ok());
}

TEST(TimeQuietHours, SpanMidnight) {
  const Zone london = zone("Europe/London");
  EXPECT_TRUE(*is_quiet_hours(at("2026-03-12T21:00:00Z"), "21:00", "08:00", london));
  EXPECT_TRUE(*is_quiet_hours(at("2026-03-12T23:59:00Z"), "21:00", "08:00", london));
  EXPECT_TRUE(*is_quiet_hours(at("2026-03-13T07:59:00Z"), "21:00", "08:00", london));
  EXPECT_FALSE(*is_quiet_hours(at("2026-03-13T08:00:00Z"), "21:00", "08:00", london));
  EXPECT_FALSE(*is_quiet_hours(at("2026-03-12T20:59:00Z"), "21:00", "08:00", london));
  // In summer 07:30 UTC is 08:30 in London: no longer quiet.
  EXPECT_FALSE(*is_quiet_hours(at("2026-07-13T07:30:00Z"), "21:00", "08:00", london));
}

TEST(TimeQuietHours, WithinOneDayAndEmpty) {
  const Zone tokyo = zone("Asia/Tokyo");
  EXPECT_TRUE(*is_quiet_hours(at("2026-03-12T04:00:00Z"), 12 * 60, 14 * 60, tokyo));  // 13:00 in Tokyo
  EXPECT_FALSE(*is_quiet_hours(at("2026-03-12T06:00:00Z"), 12 * 60, 14 * 60, tokyo));
  EXPECT_FALSE(*is_quiet_hours(at("2026-03-12T04:00:00Z"), 600, 600, tokyo));
  EXPECT_FALSE(is_quiet_hours(at("2026-03-12T04:00:00Z"), "21:00", "8", tokyo).ok());
  EXPECT_FALSE(is_quiet_hours(at("2026-03-12T04:00:00Z"), 0, 2000, tokyo).ok());
  EXPECT_FALSE(is_quiet_hours(at("2026-03-12T04:00:00Z"), 0, 60, Zone{}).ok());
}

}  // namespace
}  // namespace charter::stdlib::time
