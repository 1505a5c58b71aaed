// resolve_when beyond the first expression: several expressions, the other
// reading named by a flag, how the zone was chosen, options, text that must
// not be read as a date, quoted replies, and input that must never crash.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "tests/unit/stdlib/time/when_test_support.hpp"

namespace charter::stdlib::time {
namespace {

using namespace testing;
constexpr const char* kThu = "2026-03-12T10:00:00Z";  // Thursday

TEST(TimeResolveWhenBehaviour, FindsEveryExpressionInTextOrderWithSpans) {
  const std::string text = "Can we move Thursday 2pm to Friday 10am? Or next week.";
  const WhenResult result = resolve(text.c_str(), kThu, "Europe/London");
  ASSERT_EQ(result.expressions.size(), 3u);
  EXPECT_EQ(result.expressions[0].text, "Thursday 2pm");
  EXPECT_EQ(result.expressions[1].text, "Friday 10am");
  EXPECT_EQ(result.expressions[2].text, "next week");
  EXPECT_EQ(text.substr(result.expressions[1].text_begin,
                        result.expressions[1].text_end - result.expressions[1].text_begin),
            "Friday 10am");
  EXPECT_TRUE(result.needs_clarification());  // "Thursday" said on a Thursday, "next week"
  EXPECT_FALSE(result.expressions[1].needs_clarification());
}

TEST(TimeResolveWhenBehaviour, AnUnambiguousMessageNeedsNoClarification) {
  const WhenResult result = resolve("Let's meet on 18 June at 11am.", kThu, "Europe/London");
  ASSERT_EQ(result.expressions.size(), 1u);
  EXPECT_FALSE(result.needs_clarification());
  const WhenExpression& e = result.expressions[0];
  EXPECT_EQ(e.granularity, WhenGranularity::Point);
  EXPECT_EQ(e.start, e.end);
  EXPECT_TRUE(e.date_stated);
  EXPECT_TRUE(e.time_stated);
  EXPECT_EQ(e.local_start.date, (LocalDate{2026, 6, 18}));
  EXPECT_EQ(e.local_start.hour, 11);
  EXPECT_EQ(e.zone_choice, ZoneChoice::Given);
}

TEST(TimeResolveWhenBehaviour, FlagsNameTheOtherReading) {
  const WhenExpression order = resolve("12/03", kThu, "Europe/London").expressions.at(0);
  EXPECT_EQ(local(*alternative_of(order, WhenFlag::DayMonthOrder), order.zone), "2026-12-03T00:00:00+00:00");
  const WhenExpression hour = resolve("tomorrow at 3", kThu, "Europe/London").expressions.at(0);
  EXPECT_EQ(local(*alternative_of(hour, WhenFlag::TwelveHourNoMeridiem), hour.zone), "2026-03-13T03:00:00+00:00");
  const WhenExpression fold = resolve("Sunday at 1:30am", "2026-10-22T10:00:00Z", "Europe/London").expressions.at(0);
  EXPECT_EQ(local(*alternative_of(fold, WhenFlag::RepeatedLocalTime), fold.zone), "2026-10-25T01:30:00+00:00");
  const WhenExpression next = resolve("next Friday", kThu, "Europe/London").expressions.at(0);
  EXPECT_EQ(local(*alternative_of(next, WhenFlag::NextWeekdayAmbiguous), next.zone), "2026-03-13T00:00:00+00:00");
  const WhenExpression est = resolve("9am EST on July 1", kThu, "Europe/London").expressions.at(0);
  EXPECT_EQ(local(*alternative_of(est, WhenFlag::ZoneAbbreviationMismatch), est.zone), "2026-07-01T10:00:00-04:00");
  for (const WhenAmbiguity& ambiguity : est.ambiguities()) EXPECT_FALSE(ambiguity.reason.empty());
}

TEST(TimeResolveWhenBehaviour, SaysHowTheZoneWasChosen) {
  const WhenExpression stated = resolve("3pm GMT tomorrow", kThu, "America/New_York").expressions.at(0);
  EXPECT_EQ(stated.zone_choice, ZoneChoice::Stated);
  EXPECT_EQ(stated.zone_text, "GMT");
  const WhenExpression given = resolve("3pm tomorrow", kThu, "America/New_York").expressions.at(0);
  EXPECT_EQ(given.zone_choice, ZoneChoice::Given);
  EXPECT_EQ(given.zone.name(), "America/New_York");
  const WhenExpression unknown = resolve("3pm tomorrow", kThu, "").expressions.at(0);
  EXPECT_EQ(unknown.zone_choice, ZoneChoice::Unknown);
  EXPECT_TRUE(unknown.has(WhenFlag::NoTimeZone));
}

TEST(TimeResolveWhenBehaviour, AZoneStatedOnceAppliesToTheOtherTimes) {
  const WhenResult result = resolve("Tuesday at 2pm or Wednesday at 10am EST", "2026-01-15T10:00:00Z", "Europe/London");
  ASSERT_EQ(result.expressions.size(), 2u);
  EXPECT_EQ(result.expressions[0].zone_choice, ZoneChoice::StatedElsewhere);
  EXPECT_EQ(local(result.expressions[0].start, result.expressions[0].zone), "2026-01-20T14:00:00-05:00");
  EXPECT_EQ(result.expressions[1].zone_choice, ZoneChoice::Stated);
}

TEST(TimeResolveWhenBehaviour, YourTimeIsTheRecipientsZone) {
  WhenOptions options;
  options.recipient_zone = zone("Asia/Tokyo");
  const WhenExpression known = resolve("10am your time tomorrow", kThu, "Europe/London", options).expressions.at(0);
  EXPECT_EQ(local(known.start, known.zone), "2026-03-13T10:00:00+09:00");
  EXPECT_FALSE(known.needs_clarification());
  const WhenExpression unknown = resolve("10am your time tomorrow", kThu, "Europe/London").expressions.at(0);
  EXPECT_TRUE(unknown.has(WhenFlag::NoTimeZone));
  const WhenExpression mine = resolve("10am my time tomorrow", kThu, "America/Chicago").expressions.at(0);
  EXPECT_EQ(local(mine.start, mine.zone), "2026-03-13T10:00:00-05:00");
}

TEST(TimeResolveWhenBehaviour, TheNumericDateOrderComesFromOptionsCountryOrZone) {
  WhenOptions us;
  us.country = "US";
  EXPECT_EQ(local(resolve("12/03/2026", kThu, "Europe/London", us).expressions.at(0).start, zone("Europe/London")),
            "2026-12-03T00:00:00+00:00");
  WhenOptions day_first;
  day_first.date_order = DateOrder::DayFirst;
  EXPECT_EQ(local(resolve("12/03/2026", kThu, "America/New_York", day_first).expressions.at(0).start,
                  zone("America/New_York")),
            "2026-03-12T00:00:00-04:00");
  WhenOptions month_first;
  month_first.date_order = DateOrder::MonthFirst;
  const WhenExpression e = resolve("04/05/2026", kThu, "Europe/London", month_first).expressions.at(0);
  EXPECT_EQ(local(e.start, e.zone), "2026-04-05T00:00:00+01:00");
  EXPECT_TRUE(e.has(WhenFlag::DayMonthOrder));
}

TEST(TimeResolveWhenBehaviour, WeeksCanStartOnSunday) {
  WhenOptions options;
  options.week_start = Weekday::Sunday;
  const WhenExpression e = resolve("next week", kThu, "America/New_York", options).expressions.at(0);
  EXPECT_EQ(local(e.start, e.zone), "2026-03-15T00:00:00-04:00");
  EXPECT_EQ(e.granularity, WhenGranularity::Week);
}

TEST(TimeResolveWhenBehaviour, QuotedRepliesAndHeadersAreIgnored) {
  const char* text =
      "Friday works for me.\n\n"
      "On Tue, Mar 10, 2026 at 10:00 AM John Smith <john@example.com> wrote:\n"
      "> How about Thursday at 3pm?\n";
  const WhenResult result = resolve(text, kThu, "Europe/London");
  ASSERT_EQ(result.expressions.size(), 1u);
  EXPECT_EQ(result.expressions[0].text, "Friday");
  const WhenResult forwarded = resolve("Sent: Monday, 9 March 2026 10:00\n> next Tuesday?\nTomorrow at 4pm is fine",
                                       kThu, "Europe/London");
  ASSERT_EQ(forwarded.expressions.size(), 1u);
  EXPECT_EQ(forwarded.expressions[0].text, "Tomorrow at 4pm");
  WhenOptions keep;
  keep.skip_quoted = false;
  EXPECT_EQ(resolve(text, kThu, "Europe/London", keep).expressions.size(), 3u);
}

TEST(TimeResolveWhenBehaviour, NumbersThatAreNotDatesOrTimesAreLeftAlone) {
  const char* const kTexts[] = {
      "We are a team of 25 people with a budget of around 5,000 a month.",
      "Version 2.3.1 shipped; 3/4 of users upgraded and 1/2 price offers ran 24/7.",
      "Call me on +44 20 7946 0958 or 07700 900123.",
      "Our office is at 10 Downing Street.",
      "Good morning Sarah, thanks for the 2nd draft.",
      "I may be late, march on! The 1st time was great.",
      "Visit https://example.com/2026/03/12/launch or email sales2026@example.com",
      "It costs $12.50 and takes 3-4 weeks.",
  };
  for (const char* text : kTexts) {
    const WhenResult result = resolve(text, kThu, "Europe/London");
    EXPECT_TRUE(result.expressions.empty()) << text << " → " << result.expressions.front().text;
  }
}

TEST(TimeResolveWhenBehaviour, ReceivedAtOutsideTheSupportedYearsIsNotEvaluable) {
  EXPECT_FALSE(resolve_when("tomorrow", Instant{INT64_MAX}, zone("UTC")).ok());
  EXPECT_FALSE(resolve_when("tomorrow", Instant{INT64_MIN}, zone("UTC")).ok());
  const Evaluated<WhenResult> end_of_time = resolve_when("tomorrow", at("9999-12-31T12:00:00Z"), zone("UTC"));
  ASSERT_TRUE(end_of_time.ok());
  EXPECT_TRUE(end_of_time->expressions.empty());  // there is no tomorrow to give
}

TEST(TimeResolveWhenBehaviour, HugeNumbersAreSkippedNotOverflowed) {
  for (const char* text : {"in 999999999999 days", "in 9999 years", "in 99999999 minutes", "the 99999th",
                           "99/99/9999", "32/13/2026", "at 99:99", "2026-99-99", "in 4000 months"}) {
    const Evaluated<WhenResult> result = resolve_when(text, at(kThu), zone("Europe/London"));
    ASSERT_TRUE(result.ok()) << text;
    for (const WhenExpression& e : result->expressions) {
      EXPECT_TRUE(instant_in_supported_range(e.start)) << text;
      EXPECT_TRUE(instant_in_supported_range(e.end)) << text;
    }
  }
}

TEST(TimeResolveWhenBehaviour, ArbitraryBytesNeverCrash) {
  // A deterministic stream of fragments, bytes and invalid UTF-8.
  const char* const kPieces[] = {"tomorrow", " ", "at", "3", "pm", "/", ".", "-", ":", "12", "2026", "the", "1st",
                                 "next", "Friday", "\xff", "\xe2\x80", "\xe2\x80\x93", "\xc2\xa0", "GMT", "+", "UTC",
                                 "\n", "> ", "On", "wrote:", "half", "past", "noon", "'", "o", "clock", "in", "a",
                                 "week", "June", "h", "00", "999999999999", "between", "and", "(", ")", "EST",
                                 "Europe", "America", "_", "time", "your", "IST", "the", "th", "of"};
  uint64_t state = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = static_cast<int>(state % 24);
    for (int k = 0; k < length; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += kPieces[(state >> 33) % (sizeof(kPieces) / sizeof(kPieces[0]))];
      if ((state >> 20) % 3 == 0) text += ' ';
    }
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    const Zone zones[] = {Zone{}, zone("Europe/London"), zone("Australia/Sydney"), zone("Asia/Kolkata")};
    const Evaluated<WhenResult> result =
        resolve_when(text, Instant{1773309600LL * 1'000'000 + static_cast<int64_t>(state % 400) * kMicrosPerDay},
                     zones[state % 4]);
    ASSERT_TRUE(result.ok()) << text;
    for (const WhenExpression& e : result->expressions) {
      ASSERT_LE(e.text_end, text.size()) << text;
      ASSERT_LE(e.text_begin, e.text_end) << text;
      ASSERT_TRUE(e.zone.known()) << text;
      ASSERT_FALSE(e.end < e.start) << text;
    }
  }
}

TEST(TimeResolveWhenBehaviour, LongMessagesAreReadUpToTheLimit) {
  std::string text(200'000, 'x');
  text.replace(10, 8, "tomorrow");
  text.replace(150'000, 8, "tomorrow");
  const WhenResult result = resolve(text.c_str(), kThu, "Europe/London");
  EXPECT_TRUE(result.expressions.empty());  // "xxtomorrowxx" is one word
  std::string spaced = "tomorrow " + std::string(100'000, ' ') + "Friday";
  EXPECT_EQ(resolve(spaced.c_str(), kThu, "Europe/London").expressions.size(), 1u);
}

TEST(TimeResolveWhenBehaviour, NamesOfFlagsGranularitiesAndChoices) {
  EXPECT_EQ(to_string(WhenFlag::NoMonth), "NoMonth");
  EXPECT_EQ(to_string(WhenFlag::AmbiguousMidnight), "AmbiguousMidnight");
  EXPECT_EQ(to_string(WhenGranularity::PartOfDay), "PartOfDay");
  EXPECT_EQ(to_string(ZoneChoice::StatedElsewhere), "StatedElsewhere");
  for (size_t i = 0; i < kWhenFlagCount; ++i) EXPECT_NE(to_string(static_cast<WhenFlag>(i)), "Unknown");
}

}  // namespace
}  // namespace charter::stdlib::time
