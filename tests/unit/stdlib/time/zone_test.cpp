// Zones: lookup by IANA name and offset, conversion to and from the wall
// clock (DST gaps and folds), and lookups from several threads at once.
#include "stdlib/time/zone.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "stdlib/time/local_time.hpp"
#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::time {
namespace {

Instant at(const char* text) { return *parse_rfc3339(text); }
Zone zone(const char* name) { return *find_zone(name); }

TEST(TimeZones, FindsIanaZonesByExactName) {
  for (const char* name : {"Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney",
                           "Pacific/Auckland", "America/Argentina/Buenos_Aires", "Etc/UTC"}) {
    const Evaluated<Zone> found = find_zone(name);
    ASSERT_TRUE(found.ok()) << name;
    EXPECT_EQ(found->name(), name);
    EXPECT_FALSE(found->is_fixed());
  }
}

TEST(TimeZones, FindsZonesIgnoringCaseAndSpaces) {
  EXPECT_EQ(find_zone("europe/london")->name(), "Europe/London");
  EXPECT_EQ(find_zone("  AMERICA/NEW_YORK ")->name(), "America/New_York");
  EXPECT_TRUE(find_zone("US/Eastern").ok());  // legacy names are links in the tzdata
}

TEST(TimeZones, ReadsFixedOffsets) {
  struct Case {
    const char* text;
    int32_t seconds;
    const char* name;
  };
  const Case cases[] = {
      {"UTC", 0, "UTC"},          {"Z", 0, "UTC"},           {"GMT", 0, "UTC"},
      {"+01:00", 3600, "UTC+01:00"}, {"-0500", -18000, "UTC-05:00"}, {"UTC+2", 7200, "UTC+02:00"},
      {"GMT-05:30", -19800, "UTC-05:30"}, {"UTC +5:45", 20700, "UTC+05:45"},
  };
  for (const Case& c : cases) {
    const Evaluated<Zone> found = find_zone(c.text);
    ASSERT_TRUE(found.ok()) << c.text;
    EXPECT_TRUE(found->is_fixed()) << c.text;
    EXPECT_EQ(found->fixed_offset_seconds(), c.seconds) << c.text;
    EXPECT_EQ(found->name(), c.name) << c.text;
  }
}

TEST(TimeZones, UnknownNamesAreNotEvaluable) {
  for (const char* name : {"", "Mars/Olympus_Mons", "Europe/Londn", "UTC+25", "+1:2", "EST5EDT/x",
                           "\xff\xfe", "Europe/London/extra", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}) {
    const Evaluated<Zone> found = find_zone(name);
    EXPECT_FALSE(found.ok()) << name;
    EXPECT_FALSE(found.reason().empty()) << name;
  }
  EXPECT_FALSE(Zone{}.known());
  EXPECT_EQ(Zone{}.name(), "");
}

TEST(TimeZones, OffsetFollowsDaylightSavingTime) {
  const Zone london = zone("Europe/London");
  EXPECT_EQ(offset_at(at("2026-01-15T12:00:00Z"), london)->offset_seconds, 0);
  EXPECT_EQ(offset_at(at("2026-07-15T12:00:00Z"), london)->offset_seconds, 3600);
  EXPECT_TRUE(offset_at(at("2026-07-15T12:00:00Z"), london)->is_dst);
  const Zone sydney = zone("Australia/Sydney");
  EXPECT_EQ(offset_at(at("2026-01-15T12:00:00Z"), sydney)->offset_seconds, 11 * 3600);
  EXPECT_EQ(offset_at(at("2026-07-15T12:00:00Z"), sydney)->offset_seconds, 10 * 3600);
  EXPECT_EQ(offset_at(at("2026-07-15T12:00:00Z"), zone("Asia/Kolkata"))->offset_seconds, 19800);
}

TEST(TimeZones, ConvertsAnInstantToTheWallClock) {
  const LocalDateTime local = *to_local(at("2026-06-12T20:00:00Z"), zone("Asia/Tokyo"));
  EXPECT_EQ(local.date, (LocalDate{2026, 6, 13}));
  EXPECT_EQ(local.hour, 5);
  const LocalDateTime behind = *to_local(at("2026-06-13T01:00:00Z"), zone("America/Los_Angeles"));
  EXPECT_EQ(behind.date, (LocalDate{2026, 6, 12}));
  EXPECT_EQ(behind.hour, 18);
}

TEST(TimeZones, AUniqueLocalTimeHasOneInstant) {
  const LocalResolution r = *from_local({{2026, 6, 12}, 9, 30, 0, 0}, zone("Europe/London"));
  EXPECT_EQ(r.kind, LocalTimeKind::Unique);
  EXPECT_EQ(r.earliest, at("2026-06-12T08:30:00Z"));
  EXPECT_EQ(r.latest, r.earliest);
}

TEST(TimeZones, ANonexistentLocalTimeMovesForwardByTheGap) {
  const LocalResolution london = *from_local({{2026, 3, 29}, 1, 30, 0, 0}, zone("Europe/London"));
  EXPECT_EQ(london.kind, LocalTimeKind::Nonexistent);
  EXPECT_EQ(*format_rfc3339(london.earliest, zone("Europe/London")), "2026-03-29T02:30:00+01:00");
  const LocalResolution sydney = *from_local({{2026, 10, 4}, 2, 15, 0, 0}, zone("Australia/Sydney"));
  EXPECT_EQ(sydney.kind, LocalTimeKind::Nonexistent);
  EXPECT_EQ(*format_rfc3339(sydney.earliest, zone("Australia/Sydney")), "2026-10-04T03:15:00+11:00");
}

TEST(TimeZones, ARepeatedLocalTimeHasTwoInstantsAnHourApart) {
  const LocalResolution r = *from_local({{2026, 11, 1}, 1, 30, 0, 0}, zone("America/New_York"));
  EXPECT_EQ(r.kind, LocalTimeKind::Repeated);
  EXPECT_EQ(r.earliest, at("2026-11-01T05:30:00Z"));
  EXPECT_EQ(r.latest, at("2026-11-01T06:30:00Z"));
}

TEST(TimeZones, StartOfADayWhoseMidnightWasSkipped) {
  // Brazil started DST at midnight until 2019: 4 November 2018 began at 01:00.
  const Zone sao_paulo = zone("America/Sao_Paulo");
  EXPECT_EQ(*format_rfc3339(*start_of_day({2018, 11, 4}, sao_paulo), sao_paulo), "2018-11-04T01:00:00-02:00");
  EXPECT_EQ(*format_rfc3339(*start_of_day({2026, 11, 4}, sao_paulo), sao_paulo), "2026-11-04T00:00:00-03:00");
}

TEST(TimeZones, ConvertsAWallClockReadingBetweenZones) {
  const LocalDateTime tokyo = *convert_local({{2026, 3, 12}, 23, 0, 0, 0}, zone("Europe/London"), zone("Asia/Tokyo"));
  EXPECT_EQ(tokyo.date, (LocalDate{2026, 3, 13}));
  EXPECT_EQ(tokyo.hour, 8);
  const LocalDateTime auckland =
      *convert_local({{2026, 1, 15}, 9, 0, 0, 0}, zone("America/Sao_Paulo"), zone("Pacific/Auckland"));
  EXPECT_EQ(auckland.date, (LocalDate{2026, 1, 16}));
  EXPECT_EQ(auckland.hour, 1);
}

TEST(TimeZones, FixedOffsetsHaveNoDaylightSaving) {
  const Zone plus_two = Zone::fixed(7200);
  EXPECT_FALSE(offset_at(at("2026-07-15T12:00:00Z"), plus_two)->is_dst);
  EXPECT_EQ(to_local(at("2026-03-29T00:30:00Z"), plus_two)->hour, 2);
  EXPECT_FALSE(Zone::fixed(19 * 3600).known());
  EXPECT_FALSE(Zone::fixed(30).known());  // whole minutes only
}

TEST(TimeZones, UnknownZonesAndAbsurdInstantsAreNotEvaluable) {
  EXPECT_FALSE(to_local(at("2026-01-01T00:00:00Z"), Zone{}).ok());
  EXPECT_FALSE(to_local(Instant{INT64_MAX}, zone("Europe/London")).ok());
  EXPECT_FALSE(offset_at(Instant{INT64_MIN}, zone("Europe/London")).ok());
  EXPECT_FALSE(from_local({{10000, 1, 1}, 0, 0, 0, 0}, zone("Europe/London")).ok());
  EXPECT_FALSE(from_local({{2026, 2, 30}, 0, 0, 0, 0}, zone("Europe/London")).ok());
  EXPECT_FALSE(from_local({{9999, 12, 31}, 23, 59, 0, 0}, Zone::fixed(-3600)).ok());
}

TEST(TimeZones, LookupsFromManyThreadsAgree) {
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&failures, t] {
      const char* names[] = {"Europe/London", "Asia/Tokyo", "America/Sao_Paulo", "Pacific/Auckland"};
      for (int i = 0; i < 200; ++i) {
        const Evaluated<Zone> found = find_zone(names[(t + i) % 4]);
        if (!found.ok() || found->name() != names[(t + i) % 4]) ++failures;
        if (!to_local(Instant{int64_t{i} * kMicrosPerDay}, *found).ok()) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace charter::stdlib::time
