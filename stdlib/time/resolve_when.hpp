// resolve_when: finds the date and time expressions people write in a
// message ("Friday", "tomorrow at 3", "12/03", "3pm GMT", "June 18 at 11am"),
// resolves each to an absolute start against the event's `received_at` (there
// is no clock), and says when and why a reading is ambiguous. Phase: builtins
// (std.time). Expressions hold views into the caller's text, which must
// outlive the result; reasons are static text. English only (see
// stdlib/time/README.md); numeric and ISO forms are language-neutral.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/core/time_value.hpp"
#include "stdlib/time/civil.hpp"
#include "stdlib/time/zone.hpp"

namespace charter::stdlib::time {

/// Why an expression cannot be booked as read. Any flag means "ask first".
enum class WhenFlag : uint8_t {
  NoMonth,                    // "the 12th"
  DayMonthOrder,              // "12/03": day-first and month-first give two dates
  NoTimeZone,                 // no zone stated and none given
  InPast,                     // before received_at
  WeekdayMismatch,            // "Friday 12 June" when the 12th is not a Friday
  NextWeekdayOnSameDay,       // "next Friday" (or "Friday") said on a Friday
  NextWeekdayAmbiguous,       // "next Friday" said earlier in the week: this one or next week's
  NoTime,                     // a date without a time
  NoDate,                     // a time without a date ("5 pm"): read as its next occurrence
  Vague,                      // a range: "next week", "this afternoon", "later"
  TwelveHourNoMeridiem,       // "at 3": read as business hours (3 pm)
  NonexistentLocalTime,       // in a DST gap: moved forward
  RepeatedLocalTime,          // in a DST fold: the first occurrence
  YearRollover,               // the year was inferred across a year boundary, or a past reading is closer
  InvalidDate,                // "31 June", "Feb 29" of a common year: clamped to the month's end
  ZoneAbbreviationMismatch,   // "3pm EST" on a July date, "GMT" while London is on BST
  ZoneAbbreviationAmbiguous,  // "IST" (India, Ireland, Israel), "AST"
  DayDependsOnZone,           // "tomorrow" differs between the sender's zone and the stated zone
  AmbiguousMidnight,          // "Friday at midnight", "12am": start or end of the day
};
inline constexpr size_t kWhenFlagCount = 19;

struct WhenAmbiguity {
  WhenFlag flag = WhenFlag::NoMonth;
  std::string_view reason;              // static text
  std::optional<Instant> alternative;   // the other reading's start, when there is one
};

enum class WhenGranularity : uint8_t {
  Point,      // a time of day on a date: start == end
  TimeRange,  // "2-4pm", "later today": [start, end)
  PartOfDay,  // "tomorrow afternoon"
  Day,        // a whole local day
  Days,       // several days: "early next week", "the weekend"
  Week,       // "next week"
  Month,      // "in June", "next month"
};

enum class ZoneChoice : uint8_t {
  Stated,           // in the expression: "3pm GMT", "15:00 CET", "10am your time"
  StatedElsewhere,  // the one zone the message states for its other times
  Given,            // the default zone passed in (the sender's or the calendar's)
  Unknown,          // none of these: UTC is used and NoTimeZone raised
};

struct WhenExpression {
  uint32_t text_begin = 0;  // byte span in the message
  uint32_t text_end = 0;
  std::string_view text;    // view into the message
  Instant start;
  Instant end;              // exclusive; equal to start for a Point
  WhenGranularity granularity = WhenGranularity::Point;
  LocalDateTime local_start;  // start on `zone`'s wall clock
  Zone zone;
  ZoneChoice zone_choice = ZoneChoice::Unknown;
  std::string_view zone_text;  // the stated zone as written, when stated
  bool date_stated = false;    // the text named a day (absolute or relative)
  bool time_stated = false;    // the text named a time of day

  static constexpr size_t kMaxAmbiguities = 8;
  bool has(WhenFlag flag) const { return (flag_bits_ >> static_cast<unsigned>(flag)) & 1u; }
  std::span<const WhenAmbiguity> ambiguities() const { return {ambiguities_.data(), ambiguity_count_}; }
  bool needs_clarification() const { return flag_bits_ != 0; }
  void add(WhenFlag flag, std::string_view reason, std::optional<Instant> alternative = std::nullopt);

 private:
  uint32_t flag_bits_ = 0;
  std::array<WhenAmbiguity, kMaxAmbiguities> ambiguities_{};
  uint8_t ambiguity_count_ = 0;
};

struct WhenResult {
  std::vector<WhenExpression> expressions;  // in text order
  /// True when any expression is ambiguous: ask, do not book.
  bool needs_clarification() const;
};

enum class DateOrder : uint8_t {
  FromContext,  // by `country`, else by the default zone (US zones month-first), else day-first
  DayFirst,
  MonthFirst,
};

struct WhenOptions {
  DateOrder date_order = DateOrder::FromContext;
  std::string_view country;         // ISO 3166-1 alpha-2 of the sender ("US", "GB"), may be empty
  Zone recipient_zone;              // what "your time" means (the calendar's zone), when known
  Weekday week_start = Weekday::Monday;
  bool skip_quoted = true;          // ignore "> " lines, "On … wrote:" and what follows, header lines
  uint32_t max_expressions = 32;
};

/// Not evaluable only when received_at lies outside years 1–9999; an unknown
/// default zone is allowed (expressions then carry NoTimeZone).
Evaluated<WhenResult> resolve_when(std::string_view text, Instant received_at, Zone default_zone,
                                   const WhenOptions& options = {});

std::string_view to_string(WhenFlag flag);
std::string_view to_string(WhenGranularity granularity);
std::string_view to_string(ZoneChoice choice);

}  // namespace charter::stdlib::time
