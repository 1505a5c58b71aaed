// RFC 3339: parsing (an offset is required) and formatting on a zone's clock.
#include "stdlib/time/rfc3339.hpp"

#include <gtest/gtest.h>

#include <string>

#include "stdlib/core/arena.hpp"

namespace charter::stdlib::time {
namespace {

struct ValidCase {
  const char* text;
  int64_t micros;          // since the epoch
  int32_t offset_seconds;  // as written
};

const ValidCase kValid[] = {
    {"1970-01-01T00:00:00Z", 0, 0},
    {"2026-03-12T10:00:00Z", 1773309600LL * 1'000'000, 0},
    {"2026-03-12T10:00:00+00:00", 1773309600LL * 1'000'000, 0},
    {"2026-03-12T11:00:00+01:00", 1773309600LL * 1'000'000, 3600},
    {"2026-03-12T05:00:00-05:00", 1773309600LL * 1'000'000, -5 * 3600},
    {"2026-03-12T15:30:00+05:30", 1773309600LL * 1'000'000, 19800},
    {"2026-03-12t10:00:00z", 1773309600LL * 1'000'000, 0},
    {"2026-03-12 10:00:00Z", 1773309600LL * 1'000'000, 0},
    {"2026-03-12T10:00:00.5Z", 1773309600LL * 1'000'000 + 500'000, 0},
    {"2026-03-12T10:00:00.123456789Z", 1773309600LL * 1'000'000 + 123'456, 0},
    {"  2026-03-12T10:00:00Z\n", 1773309600LL * 1'000'000, 0},
    {"2028-02-29T00:00:00Z", 1835395200LL * 1'000'000, 0},
    {"2016-12-31T23:59:60Z", 1483228800LL * 1'000'000, 0},  // a leap second reads as the next second
    {"0001-01-01T00:00:00Z", -62135596800LL * 1'000'000, 0},
    {"9999-12-31T23:59:59Z", 253402300799LL * 1'000'000, 0},
};

TEST(TimeRfc3339, ParsesValidTimestampsWithTheirOffsets) {
  for (const ValidCase& c : kValid) {
    const Evaluated<Timestamp> parsed = parse_rfc3339_timestamp(c.text);
    ASSERT_TRUE(parsed.ok()) << c.text << ": " << parsed.reason();
    EXPECT_EQ(parsed->instant.micros, c.micros) << c.text;
    EXPECT_EQ(parsed->offset_seconds, c.offset_seconds) << c.text;
    EXPECT_TRUE(parse_rfc3339(c.text).ok()) << c.text;
  }
}

TEST(TimeRfc3339, MinusZeroOffsetMeansLocalOffsetUnknown) {
  const Evaluated<Timestamp> parsed = parse_rfc3339_timestamp("2026-03-12T10:00:00-00:00");
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed->offset_unknown);
  EXPECT_FALSE(parse_rfc3339_timestamp("2026-03-12T10:00:00+00:00")->offset_unknown);
}

TEST(TimeRfc3339, RejectsInvalidTimestampsWithAReason) {
  const char* const kInvalid[] = {
      "",
      "2026-03-12",                    // no time
      "2026-03-12T10:00:00",           // no offset
      "2026-03-12T10:00Z",             // no seconds
      "2026-3-12T10:00:00Z",           // one-digit month
      "2026-13-01T10:00:00Z",          // month 13
      "2026-02-29T10:00:00Z",          // not a leap year
      "2026-04-31T10:00:00Z",          // April has 30 days
      "2026-03-12T24:00:00Z",          // hour 24
      "2026-03-12T10:60:00Z",          // minute 60
      "2026-03-12T10:00:61Z",          // second 61
      "2026-03-12T10:00:00+0100",      // offset without colon
      "2026-03-12T10:00:00+24:00",     // offset hour 24
      "2026-03-12T10:00:00.Z",         // empty fraction
      "2026-03-12T10:00:00Z trailing", // text after
      "2026-03-12X10:00:00Z",          // bad separator
      "0000-01-01T00:00:00Z",          // year 0 is outside years 1-9999
      "tomorrow",
      "\xff\xfe\x80garbage",
  };
  for (const char* text : kInvalid) {
    const Evaluated<Instant> parsed = parse_rfc3339(text);
    EXPECT_FALSE(parsed.ok()) << text;
    EXPECT_FALSE(parsed.reason().empty()) << text;
  }
}

TEST(TimeRfc3339, FormatsOnTheZonesWallClock) {
  const Instant instant = *parse_rfc3339("2026-07-01T12:00:00Z");
  EXPECT_EQ(*format_rfc3339(instant, *find_zone("Europe/London")), "2026-07-01T13:00:00+01:00");
  EXPECT_EQ(*format_rfc3339(instant, *find_zone("America/New_York")), "2026-07-01T08:00:00-04:00");
  EXPECT_EQ(*format_rfc3339(instant, *find_zone("Asia/Kolkata")), "2026-07-01T17:30:00+05:30");
  EXPECT_EQ(*format_rfc3339(instant, *find_zone("UTC+02:00")), "2026-07-01T14:00:00+02:00");
  EXPECT_EQ(*format_rfc3339_utc(instant), "2026-07-01T12:00:00Z");
}

TEST(TimeRfc3339, FormatsFractionsOnlyWhenPresent) {
  const Instant instant = *parse_rfc3339("2026-07-01T12:00:00Z");
  EXPECT_EQ(*format_rfc3339_utc(Instant{instant.micros + 250'000}), "2026-07-01T12:00:00.25Z");
  EXPECT_EQ(*format_rfc3339_utc(Instant{instant.micros + 1}), "2026-07-01T12:00:00.000001Z");
  EXPECT_EQ(*format_rfc3339_utc(Instant{-1}), "1969-12-31T23:59:59.999999Z");
}

TEST(TimeRfc3339, RoundTripsThroughFormatting) {
  for (const ValidCase& c : kValid) {
    const Instant instant{c.micros};
    const Evaluated<std::string> text = format_rfc3339(instant, Zone::fixed(c.offset_seconds));
    ASSERT_TRUE(text.ok()) << c.text;
    EXPECT_EQ(parse_rfc3339(*text)->micros, c.micros) << *text;
  }
}

TEST(TimeRfc3339, FormattingIntoAnArenaGivesAViewThatLivesInIt) {
  Arena arena;
  const Evaluated<std::string_view> text =
      format_rfc3339(*parse_rfc3339("2026-03-12T10:00:00Z"), *find_zone("Asia/Tokyo"), arena);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "2026-03-12T19:00:00+09:00");
}

TEST(TimeRfc3339, FormattingIsNotEvaluableForAnUnknownZoneOrAnAbsurdInstant) {
  EXPECT_FALSE(format_rfc3339(Instant{0}, Zone{}).ok());
  EXPECT_FALSE(format_rfc3339_utc(Instant{INT64_MAX}).ok());
  EXPECT_FALSE(format_rfc3339_utc(Instant{INT64_MIN}).ok());
}

}  // namespace
}  // namespace charter::stdlib::time
