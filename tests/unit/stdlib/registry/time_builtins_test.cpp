// std.time through the registry: local fields, durations, working and quiet
// hours, business days, slot checks, and resolve_when's When record —
// including the calls that are not evaluable, with their reasons.
#include <gtest/gtest.h>

#include "stdlib/time/civil.hpp"
#include "tests/unit/stdlib/registry/builtin_calls.hpp"

namespace charter::stdlib::testing {
namespace {

constexpr std::string_view kUnknownZone = "unknown time zone";

Value date(int32_t year, int32_t month, int32_t day) {
  return Value::date(time::days_from_date(time::LocalDate{year, month, day}));
}

// Friday 12 June 2026, 20:45 UTC: 21:45 in London, Saturday 05:45 in Tokyo.
const Value kFridayEvening = at("2026-06-12T20:45:00Z");

TEST(TimeBuiltins, LocalFieldsFormattingAndParsing) {
  BuiltinCaller calls;
  const std::vector<Row> rows = {
      {"std.time.local_date", "(Time, String) -> Date", {kFridayEvening, str("Asia/Tokyo")}, date(2026, 6, 13)},
      {"std.time.local_date", "(Time, String) -> Date", {kFridayEvening, str("Mars/Olympus")}, {}, kUnknownZone},
      {"std.time.weekday", "(Time, String) -> String", {kFridayEvening, str("Europe/London")}, str("Friday")},
      {"std.time.weekday", "(Time, String) -> String", {kFridayEvening, str("Asia/Tokyo")}, str("Saturday")},
      {"std.time.weekday", "(Time, String) -> String", {kFridayEvening, str("")}, {}, "empty time zone name"},
      {"std.time.local_hour", "(Time, String) -> Int", {kFridayEvening, str("Europe/London")}, Value::integer(21)},
      {"std.time.local_hour", "(Time, String) -> Int", {kFridayEvening, str("+05:30")}, Value::integer(2)},
      {"std.time.local_minute", "(Time, String) -> Int", {kFridayEvening, str("Asia/Kolkata")}, Value::integer(15)},
      {"std.time.local_minute", "(Time, String) -> Int", {kFridayEvening, str("Nowhere")}, {}, kUnknownZone},
      {"std.time.in_zone", "(Time, String) -> String", {kFridayEvening, str("Europe/London")},
       str("2026-06-12T21:45:00+01:00")},
      {"std.time.in_zone", "(Time, String) -> String", {kFridayEvening, str("Europe/Londn")}, {}, kUnknownZone},
      {"std.time.format", "(Time) -> String", {kFridayEvening}, str("2026-06-12T20:45:00Z")},
      {"std.time.parse", "(String) -> Time", {str("2026-06-12T21:45:00+01:00")}, kFridayEvening},
      {"std.time.parse_duration", "(String) -> Duration", {str("1h30m")}, minutes(90)},
      {"std.time.is_zone", "(String) -> Bool", {str("America/New_York")}, Value::boolean(true)},
      {"std.time.is_zone", "(String) -> Bool", {str("Eastern")}, Value::boolean(false)},
  };
  for (const Row& row : rows) calls.check(row);
  // Texts that are not what they should be are not evaluable, with a reason.
  for (const auto& [name, signature, text] :
       {std::tuple{"std.time.parse", "(String) -> Time", "next Tuesday"},
        std::tuple{"std.time.parse", "(String) -> Time", "2026-06-12T21:45:00"},
        std::tuple{"std.time.parse_duration", "(String) -> Duration", "a while"}}) {
    const Outcome outcome = calls.call(name, signature, {str(text)});
    EXPECT_FALSE(outcome.ok) << name << " on " << text;
    EXPECT_FALSE(outcome.failure.empty()) << name << " on " << text;
  }
}

TEST(TimeBuiltins, DurationsAndDays) {
  BuiltinCaller calls;
  const std::vector<Row> rows = {
      {"std.time.minutes", "(Int) -> Duration", {Value::integer(90)}, minutes(90)},
      {"std.time.hours", "(Int) -> Duration", {Value::integer(-2)}, minutes(-120)},
      {"std.time.days", "(Int) -> Duration", {Value::integer(2)}, minutes(2 * 24 * 60)},
      {"std.time.hours", "(Int) -> Duration", {Value::integer(INT64_MAX)}, Value::duration(Duration{INT64_MAX})},
      {"std.time.between", "(Time, Time) -> Duration", {at("2026-06-12T09:00:00Z"), at("2026-06-12T10:30:00Z")},
       minutes(90)},
      {"std.time.between", "(Time, Time) -> Duration", {at("2026-06-12T10:30:00Z"), at("2026-06-12T09:00:00Z")},
       minutes(-90)},
      // Saturday 28 March 2026 09:00 in London, one day on: Sunday 09:00 BST, 23 hours later.
      {"std.time.add_days", "(Time, Int, String) -> Time",
       {at("2026-03-28T09:00:00Z"), Value::integer(1), str("Europe/London")}, at("2026-03-29T08:00:00Z")},
      {"std.time.add_days", "(Time, Int, String) -> Time",
       {at("2026-03-28T09:00:00Z"), Value::integer(1), str("Mars")}, {}, kUnknownZone},
  };
  for (const Row& row : rows) calls.check(row);
}

TEST(TimeBuiltins, WorkingHoursQuietHoursAndSlots) {
  BuiltinCaller calls;
  const Value weekdays = calls.list({str("Mon"), str("Tue"), str("Wed"), str("Thu"), str("Fri")});
  const Value london = str("Europe/London");
  const std::string_view in_hours = "(Time, List<String>, TimeOfDay, TimeOfDay, String) -> Bool";
  const std::string_view slot_in_hours = "(Time, Duration, List<String>, TimeOfDay, TimeOfDay, String) -> Bool";
  const std::string_view quiet = "(Time, TimeOfDay, TimeOfDay, String) -> Bool";
  const std::string_view clashes = "(Time, Duration, Time, Time, Duration) -> Bool";
  const Value yes = Value::boolean(true);
  const Value no = Value::boolean(false);
  const Value nine = clock(9, 0);
  const Value five = clock(17, 0);
  const std::vector<Row> rows = {
      // 16:30 BST on a Friday is inside 09:00-17:00; 17:30 BST is not.
      {"std.time.in_working_hours", in_hours, {at("2026-06-12T15:30:00Z"), weekdays, nine, five, london}, yes},
      {"std.time.in_working_hours", in_hours, {at("2026-06-12T16:30:00Z"), weekdays, nine, five, london}, no},
      {"std.time.in_working_hours", in_hours, {at("2026-06-13T10:00:00Z"), weekdays, nine, five, london}, no},
      {"std.time.in_working_hours", in_hours, {at("2026-06-12T10:00:00Z"), weekdays, nine, five, str("Mars")}, {},
       kUnknownZone},
      {"std.time.in_working_hours", in_hours,
       {at("2026-06-12T10:00:00Z"), calls.list({str("Funday")}), nine, five, london}, {},
       "not a weekday name (expected Mon … Sun)"},
      // A 30-minute slot at 16:15 BST fits; at 16:45 BST it runs past 17:00.
      {"std.time.slot_in_working_hours", slot_in_hours,
       {at("2026-06-12T15:15:00Z"), minutes(30), weekdays, nine, five, london}, yes},
      {"std.time.slot_in_working_hours", slot_in_hours,
       {at("2026-06-12T15:45:00Z"), minutes(30), weekdays, nine, five, london}, no},
      {"std.time.slot_in_working_hours", slot_in_hours,
       {at("2026-06-12T15:15:00Z"), minutes(0), weekdays, nine, five, london}, {},
       "the slot has no length or lies outside the supported years"},
      {"std.time.in_quiet_hours", quiet, {kFridayEvening, clock(21, 0), clock(8, 0), london}, yes},
      {"std.time.in_quiet_hours", quiet, {at("2026-06-12T06:59:00Z"), clock(21, 0), clock(8, 0), london}, yes},
      {"std.time.in_quiet_hours", quiet, {at("2026-06-12T07:00:00Z"), clock(21, 0), clock(8, 0), london}, no},
      {"std.time.in_quiet_hours", quiet, {kFridayEvening, clock(21, 0), clock(8, 0), str("")}, {},
       "empty time zone name"},
      // Busy 10:00-11:00 with a 15-minute buffer.
      {"std.time.slot_clashes", clashes,
       {at("2026-06-12T10:30:00Z"), minutes(30), at("2026-06-12T10:00:00Z"), at("2026-06-12T11:00:00Z"), minutes(15)},
       yes},
      {"std.time.slot_clashes", clashes,
       {at("2026-06-12T11:10:00Z"), minutes(30), at("2026-06-12T10:00:00Z"), at("2026-06-12T11:00:00Z"), minutes(15)},
       yes},
      {"std.time.slot_clashes", clashes,
       {at("2026-06-12T11:15:00Z"), minutes(30), at("2026-06-12T10:00:00Z"), at("2026-06-12T11:00:00Z"), minutes(15)},
       no},
      {"std.time.slot_clashes", clashes,
       {at("2026-06-12T09:00:00Z"), minutes(45), at("2026-06-12T10:00:00Z"), at("2026-06-12T11:00:00Z"), minutes(15)},
       no},
      {"std.time.slot_clashes", clashes,
       {at("2026-06-12T09:00:00Z"), minutes(-5), at("2026-06-12T10:00:00Z"), at("2026-06-12T11:00:00Z"), minutes(0)},
       {}, "the slot has no length or lies outside the supported years"},
  };
  for (const Row& row : rows) calls.check(row);
}

TEST(TimeBuiltins, SameBookingAndBusinessDays) {
  BuiltinCaller calls;
  const std::string_view same = "(String, String, String, String, String) -> Bool";
  const Value london = str("Europe/London");
  const Value holidays = calls.list({date(2026, 6, 15)});  // Monday
  const std::vector<Row> rows = {
      {"std.time.same_booking", same,
       {str("Ann@Example.com "), str("Intro  call"), str("confirmed"), str("ann@example.com"), str("intro call")},
       Value::boolean(true)},
      {"std.time.same_booking", same,
       {str("ann@example.com"), str("intro call"), str("Cancelled"), str("ann@example.com"), str("intro call")},
       Value::boolean(false)},
      {"std.time.same_booking", same,
       {str("ann@example.com"), str("demo"), str(""), str("ann@example.com"), str("intro call")},
       Value::boolean(false)},
      {"std.time.is_business_day", "(Time, String) -> Bool", {kFridayEvening, london}, Value::boolean(true)},
      {"std.time.is_business_day", "(Time, String) -> Bool", {kFridayEvening, str("Asia/Tokyo")},
       Value::boolean(false)},
      {"std.time.is_business_day", "(Time, String, List<Date>) -> Bool",
       {at("2026-06-15T10:00:00Z"), london, holidays}, Value::boolean(false)},
      {"std.time.business_days_between", "(Time, Time, String) -> Int",
       {kFridayEvening, at("2026-06-15T09:00:00Z"), london}, Value::integer(1)},
      {"std.time.business_days_between", "(Time, Time, String, List<Date>) -> Int",
       {kFridayEvening, at("2026-06-16T09:00:00Z"), london, holidays}, Value::integer(1)},
      {"std.time.business_days_between", "(Time, Time, String) -> Int",
       {kFridayEvening, at("2026-06-15T09:00:00Z"), str("Atlantis")}, {}, kUnknownZone},
      {"std.time.add_business_days", "(Time, Int, String) -> Time",
       {kFridayEvening, Value::integer(1), london}, at("2026-06-15T20:45:00Z")},
      {"std.time.add_business_days", "(Time, Int, String, List<Date>) -> Time",
       {kFridayEvening, Value::integer(1), london, holidays}, at("2026-06-16T20:45:00Z")},
  };
  for (const Row& row : rows) calls.check(row);
}

// resolve_when: the first reading, and whether to ask before booking.
struct WhenCase {
  std::string_view text;
  std::string_view zone;
  std::string_view country;  // empty: the three-argument overload
  bool found;
  int64_t count;
  bool needs_clarification;
  std::string_view start;  // RFC 3339, empty when none
  std::vector<std::string_view> flags;
};

TEST(TimeBuiltins, ResolveWhenGivesAWhenRecord) {
  BuiltinCaller calls;
  // Received on Wednesday 10 June 2026, 09:00 in London.
  const Value received = at("2026-06-10T08:00:00Z");
  const std::vector<WhenCase> cases = {
      {"Could we talk tomorrow at 3pm?", "Europe/London", "", true, 1, false, "2026-06-11T14:00:00Z", {}},
      {"Thanks, nothing to arrange.", "Europe/London", "", false, 0, false, "", {}},
      {"How about 12/07 at 15:00?", "Europe/London", "", true, 1, true, "2026-07-12T14:00:00Z", {"DayMonthOrder"}},
      {"How about 12/07 at 15:00?", "America/New_York", "US", true, 1, true, "2026-12-07T20:00:00Z",
       {"DayMonthOrder"}},
      {"Tomorrow at 15:00 works", "", "", true, 1, true, "2026-06-11T15:00:00Z", {"NoTimeZone"}},
      {"Thursday at 10:00 or Friday at 11:00?", "Europe/London", "", true, 2, true, "2026-06-11T09:00:00Z",
       {"SeveralTimes"}},
  };
  for (const WhenCase& c : cases) {
    std::vector<Value> args = {str(c.text), received, str(c.zone)};
    std::string_view signature = "(String, Time, String) -> When";
    if (!c.country.empty()) {
      args.push_back(str(c.country));
      signature = "(String, Time, String, String) -> When";
    }
    const Outcome outcome = calls.call("std.time.resolve_when", signature, args);
    const std::string where = std::string(c.text) + " in " + std::string(c.zone);
    ASSERT_TRUE(outcome.ok) << where << ": " << outcome.failure;
    const Value& when = outcome.value;
    EXPECT_EQ(calls.field(when, "found").as_bool(), c.found) << where;
    EXPECT_EQ(calls.field(when, "count").as_int(), c.count) << where;
    EXPECT_EQ(calls.field(when, "needs_clarification").as_bool(), c.needs_clarification) << where;
    if (c.start.empty()) {
      EXPECT_TRUE(calls.field(when, "start").is_missing()) << where;
      EXPECT_TRUE(calls.field(when, "text").is_missing()) << where;
    } else {
      EXPECT_TRUE(values_equal(calls.field(when, "start"), at(c.start)))
          << where << ": " << calls.text(calls.field(when, "start"));
      EXPECT_EQ(calls.field(when, "text").kind, ValueKind::String) << where;
    }
    const Value flags = calls.field(when, "flags");
    const Value reasons = calls.field(when, "reasons");
    EXPECT_EQ(reasons.size, flags.size) << where << ": " << calls.text(reasons);
    for (std::string_view flag : c.flags) {
      bool present = false;
      for (uint32_t i = 0; i < flags.size; ++i) present = present || flags.items()[i].as_string() == flag;
      EXPECT_TRUE(present) << where << ": no " << flag << " in " << calls.text(flags);
    }
    if (c.flags.empty() && !c.needs_clarification) {
      EXPECT_EQ(flags.size, 0u) << where << ": " << calls.text(flags);
    }
  }
}

TEST(TimeBuiltins, ResolveWhenWithAnUnknownZoneIsNotEvaluable) {
  BuiltinCaller calls;
  const Outcome outcome = calls.call("std.time.resolve_when", "(String, Time, String) -> When",
                                     {str("tomorrow at 3pm"), at("2026-06-10T08:00:00Z"), str("Mars/Olympus")});
  EXPECT_FALSE(outcome.ok);
  EXPECT_EQ(outcome.failure, kUnknownZone);
}

}  // namespace
}  // namespace charter::stdlib::testing
