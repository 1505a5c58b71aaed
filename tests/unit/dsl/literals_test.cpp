#include "dsl/parse/literals.hpp"

#include <gtest/gtest.h>

namespace charter::dsl::parse_detail {
namespace {

TEST(Literals, DurationsSumTheirParts) {
  EXPECT_EQ(decode_duration_ms("48h"), 48 * 3'600'000LL);
  EXPECT_EQ(decode_duration_ms("1h30m"), 5'400'000LL);
  EXPECT_EQ(decode_duration_ms("250ms"), 250);
  EXPECT_EQ(decode_duration_ms("2w"), 14 * 86'400'000LL);
  EXPECT_FALSE(decode_duration_ms("99999999999999999999d").has_value());
}

TEST(Literals, DatesMustExist) {
  EXPECT_TRUE(decode_date("2024-02-29").has_value());
  EXPECT_FALSE(decode_date("2026-02-29").has_value());
  EXPECT_FALSE(decode_date("2026-13-01").has_value());
}

TEST(Literals, DateTimesAreConvertedToUtc) {
  const auto utc = decode_datetime("2026-06-27T10:00:00Z");
  const auto plus_one = decode_datetime("2026-06-27T11:00:00+01:00");
  ASSERT_TRUE(utc && plus_one);
  EXPECT_EQ(utc->epoch_microseconds, plus_one->epoch_microseconds);
  EXPECT_EQ(plus_one->offset_minutes, 60);
  const auto fraction = decode_datetime("2026-06-27T10:00:00.25Z");
  ASSERT_TRUE(fraction);
  EXPECT_EQ(fraction->epoch_microseconds - utc->epoch_microseconds, 250'000);
  EXPECT_FALSE(decode_datetime("2026-06-27T24:00:00Z").has_value());
}

TEST(Literals, TimesOfDay) {
  EXPECT_EQ(decode_time_of_day("09:30")->seconds, 9u * 3600 + 30 * 60);
  EXPECT_FALSE(decode_time_of_day("25:00").has_value());
}

TEST(Literals, Escapes) {
  EXPECT_EQ(decode_escape("\\n"), "\n");
  EXPECT_EQ(decode_escape("\\u{E9}"), "\xC3\xA9");
  EXPECT_EQ(decode_escape("\\u{1F600}"), "\xF0\x9F\x98\x80");
  EXPECT_FALSE(decode_escape("\\u{D800}").has_value());
  EXPECT_FALSE(decode_escape("\\u{110000}").has_value());
}

TEST(Literals, Versions) {
  const auto version = decode_version("1.2.0-rc.1+build.5");
  ASSERT_TRUE(version);
  EXPECT_EQ(version->major, 1u);
  EXPECT_EQ(version->minor, 2u);
  EXPECT_EQ(version->patch, 0u);
  EXPECT_FALSE(decode_version("1.2.99999999999").has_value());
}

}  // namespace
}  // namespace charter::dsl::parse_detail
