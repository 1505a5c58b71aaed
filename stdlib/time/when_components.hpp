// The pieces resolve_when recognises before it groups and resolves them: a
// date, a weekday, a relative day, a vague period, a part of the day, a time
// (or time range), an offset from received_at, a stated zone. Phase: builtins
// (std.time), internal. Components index tokens of one Lexed message.
#pragma once

#include <cstdint>
#include <vector>

#include "stdlib/time/civil.hpp"
#include "stdlib/time/resolve_when.hpp"
#include "stdlib/time/when_lexer.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time::when {

enum class CompKind : uint8_t { Date, Weekday, RelativeDay, Period, PartOfDay, Time, Offset, Zone };

enum class WeekdayModifier : uint8_t { None, This, Next, Last, AfterNext, WeekLater };

enum class PeriodKind : uint8_t {
  ThisWeek, NextWeek, WeekAfterNext, EarlyNextWeek, MidNextWeek, EndOfNextWeek, EndOfThisWeek,
  LaterThisWeek, ThisWeekend, NextWeekend, ThisMonth, NextMonth, EndOfMonth, EarlyNextMonth,
  LaterToday, ComingDays, NamedMonth,
};

enum class DayPart : uint8_t { None, Morning, Lunchtime, Afternoon, Evening, Night, EndOfDay, FirstThing };

enum class Meridiem : uint8_t { None, Am, Pm };

struct TimeSpec {
  int32_t hour = 0;
  int32_t minute = 0;
  Meridiem meridiem = Meridiem::None;
  bool twenty_four = false;  // "09:00", "17:00", "17h30", "1500 hrs": no am/pm question
  bool noon = false;
  bool midnight = false;
};

enum class ZoneForm : uint8_t {
  Region,    // "ET", "UK time", "Europe/Paris", "my time": the region's wall clock
  Literal,   // "GMT", "UTC", "+01:00", "UTC+2": a fixed offset
  Standard,  // "EST", "CET", "AEST": the region, expected to be on standard time
  Daylight,  // "EDT", "BST", "CEST": the region, expected to be on summer time
};

struct ZoneSpec {
  Zone zone;                     // the region, or the fixed offset for Literal
  int32_t literal_offset = 0;    // Standard/Daylight: the abbreviation's own offset (seconds)
  ZoneForm form = ZoneForm::Region;
  bool ambiguous = false;        // an abbreviation with several common meanings
  bool gmt = false;              // "GMT": literal, but UK senders often mean UK time
};

struct Component {
  CompKind kind = CompKind::Date;
  uint32_t first = 0;  // tokens [first, last)
  uint32_t last = 0;

  // Date: year 0 = not written; month 0 = not written ("the 12th").
  int32_t year = 0;
  int32_t month = 0;
  int32_t day = 0;
  bool numeric = false;     // "12/03": first and second are the written numbers, order undecided
  int32_t first_number = 0;
  int32_t second_number = 0;

  // Weekday
  Weekday weekday = Weekday::Monday;
  WeekdayModifier modifier = WeekdayModifier::None;

  // RelativeDay ("tomorrow", "in 3 days", "in a month") and Period
  int64_t days = 0;
  int64_t months = 0;
  bool vague = false;
  PeriodKind period = PeriodKind::NextWeek;
  int32_t month_part = 0;   // NamedMonth: 0 whole, 1 early, 2 mid, 3 late

  DayPart part = DayPart::None;  // PartOfDay, or "tonight"/"this afternoon" on a RelativeDay

  // Time
  TimeSpec time;
  TimeSpec time_end;
  bool is_range = false;

  // Offset from received_at ("in an hour"); a vague one is [micros, micros_end)
  int64_t micros = 0;
  int64_t micros_end = 0;

  ZoneSpec zone;
};

struct ScanContext {
  Zone default_zone;
  Zone recipient_zone;
};

/// Every component in text order; components never overlap.
void scan(const std::vector<Token>& tokens, const ScanContext& context, std::vector<Component>& out);

}  // namespace charter::stdlib::time::when
