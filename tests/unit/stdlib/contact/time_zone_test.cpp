// std.contact time zones: IANA names from the system tzdata, aliases,
// abbreviations, offsets, Windows names, cities, and what is refused.
#include <gtest/gtest.h>

#include <string_view>
#include <thread>
#include <vector>

#include "stdlib/contact/time_zone.hpp"

namespace charter::stdlib::contact {
namespace {

struct ZoneCase {
  std::string_view raw;
  std::string_view zone;
  std::string_view method;
  double confidence;
};

void expect_cases(std::initializer_list<ZoneCase> cases) {
  for (const ZoneCase& c : cases) {
    SCOPED_TRACE(c.raw);
    Cleaned cleaned = normalise_time_zone(c.raw);
    ASSERT_TRUE(cleaned.ok) << cleaned.problem;
    EXPECT_EQ(cleaned.value, c.zone);
    EXPECT_EQ(cleaned.method.view(), c.method);
    EXPECT_DOUBLE_EQ(cleaned.confidence, c.confidence);
    EXPECT_EQ(cleaned.confirm, c.confidence < kConfirmBelow);
  }
}

TEST(ContactTimeZone, AcceptsIanaNamesAsGiven) {
  expect_cases({
      {"Europe/London", "Europe/London", "iana name", 1.0},
      {"America/New_York", "America/New_York", "iana name", 1.0},
      {"America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires", "iana name", 1.0},
      {"Asia/Kolkata", "Asia/Kolkata", "iana name", 1.0},
      {"Pacific/Auckland", "Pacific/Auckland", "iana name", 1.0},
      {"Etc/GMT+5", "Etc/GMT+5", "iana name", 1.0},
      {" Australia/Sydney ", "Australia/Sydney", "iana name", 1.0},
  });
}

TEST(ContactTimeZone, FixesCaseAndSpacesInIanaNames) {
  expect_cases({
      {"europe/london", "Europe/London", "iana name, case or spaces fixed", 0.95},
      {"America/New York", "America/New_York", "iana name, case or spaces fixed", 0.95},
      {"Europe / Paris", "Europe/Paris", "iana name, case or spaces fixed", 0.95},
  });
}

TEST(ContactTimeZone, ReadsUtcAndGmtAliases) {
  expect_cases({
      {"UTC", "UTC", "utc", 1.0},
      {"utc", "UTC", "utc", 0.95},
      {"Z", "UTC", "utc", 0.95},
      {"Etc/UTC", "UTC", "utc", 0.95},
      {"Coordinated Universal Time", "UTC", "utc", 0.95},
      {"UTC+0", "UTC", "utc", 0.95},
      {"GMT", "Etc/GMT", "gmt read as Etc/GMT", 0.7},  // UK time has summer time: confirm
  });
}

TEST(ContactTimeZone, ReplacesLegacyNamesWithTheirCurrentZone) {
  expect_cases({
      {"US/Eastern", "America/New_York", "legacy iana alias", 0.95},
      {"US/Pacific", "America/Los_Angeles", "legacy iana alias", 0.95},
      {"Asia/Calcutta", "Asia/Kolkata", "legacy iana alias", 0.95},
      {"Europe/Kiev", "Europe/Kyiv", "legacy iana alias", 0.95},
      {"Asia/Saigon", "Asia/Ho_Chi_Minh", "legacy iana alias", 0.95},
      {"GB", "Europe/London", "legacy iana alias", 0.95},
  });
}

TEST(ContactTimeZone, ProposesTheUsualZoneForAnAbbreviationForConfirmation) {
  expect_cases({
      {"EST", "America/New_York", "abbreviation read as zone", 0.5},
      {"est", "America/New_York", "abbreviation read as zone", 0.5},
      {"PDT", "America/Los_Angeles", "abbreviation read as zone", 0.5},
      {"CET", "Europe/Berlin", "abbreviation read as zone", 0.5},
      {"JST", "Asia/Tokyo", "abbreviation read as zone", 0.5},
      {"AEST", "Australia/Sydney", "abbreviation read as zone", 0.5},
  });
}

TEST(ContactTimeZone, RefusesAbbreviationsWithSeveralCommonMeanings) {
  for (std::string_view raw : {"BST", "IST", "CST", "AST", "GST", "SST"}) {
    SCOPED_TRACE(raw);
    Cleaned cleaned = normalise_time_zone(raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_TRUE(cleaned.problem.starts_with("ambiguous abbreviation"));
    EXPECT_NE(cleaned.problem.find(raw), std::string_view::npos);
  }
}

TEST(ContactTimeZone, ReadsWholeHourOffsetsAsEtcZonesForConfirmation) {
  expect_cases({
      {"UTC+1", "Etc/GMT-1", "fixed offset as Etc/GMT", 0.5},
      {"GMT-05:00", "Etc/GMT+5", "fixed offset as Etc/GMT", 0.5},
      {"+03", "Etc/GMT-3", "fixed offset as Etc/GMT", 0.5},
      {"UTC+14", "Etc/GMT-14", "fixed offset as Etc/GMT", 0.5},
  });
  for (std::string_view raw : {"+05:30", "UTC-13", "GMT+5:45"}) {
    SCOPED_TRACE(raw);
    Cleaned cleaned = normalise_time_zone(raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_EQ(cleaned.problem, "offset has no Etc/GMT zone (not whole hours, or out of range)");
  }
}

TEST(ContactTimeZone, ReadsWindowsZoneNames) {
  expect_cases({
      {"Eastern Standard Time", "America/New_York", "windows zone name", 0.9},
      {"GMT Standard Time", "Europe/London", "windows zone name", 0.9},
      {"India Standard Time", "Asia/Kolkata", "windows zone name", 0.9},
      {"W. Europe Standard Time", "Europe/Berlin", "windows zone name", 0.9},
  });
}

TEST(ContactTimeZone, ReadsAZonesOwnCity) {
  expect_cases({
      {"London", "Europe/London", "city read as zone", 0.8},
      {"new york", "America/New_York", "city read as zone", 0.8},
      {"Tokyo", "Asia/Tokyo", "city read as zone", 0.8},
      {"Sao Paulo", "America/Sao_Paulo", "city read as zone", 0.8},
  });
}

TEST(ContactTimeZone, RejectsUnknownInputWithAReason) {
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"", "empty"},
      {"  ", "empty"},
      {"Europe/Londn", "unknown time zone"},
      {"Mars/Olympus", "unknown time zone"},
      {"localtime", "unknown time zone"},
      {"posixrules", "unknown time zone"},
      {"Springfield", "unknown time zone"},
      {"Europe/Lon\xFF", "not valid UTF-8"},
  };
  for (const auto& [raw, problem] : cases) {
    SCOPED_TRACE(raw);
    Cleaned cleaned = normalise_time_zone(raw);
    EXPECT_FALSE(cleaned.ok);
    EXPECT_EQ(cleaned.problem, problem);
  }
}

TEST(ContactTimeZone, ValidatesExactNames) {
  EXPECT_TRUE(is_time_zone("Europe/London"));
  EXPECT_TRUE(is_time_zone("UTC"));
  EXPECT_FALSE(is_time_zone("europe/london"));
  EXPECT_FALSE(is_time_zone("Europe/Londn"));
  EXPECT_FALSE(is_time_zone(""));
}

TEST(ContactTimeZone, GivesTheSameAnswersFromManyThreadsAtOnce) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (size_t t = 0; t < wrong.size(); ++t) {
    threads.emplace_back([&wrong, t] {
      for (int i = 0; i < 200; ++i) {
        if (normalise_time_zone("europe/paris").value != "Europe/Paris") ++wrong[t];
        if (normalise_time_zone("US/Eastern").value != "America/New_York") ++wrong[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : wrong) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace charter::stdlib::contact
