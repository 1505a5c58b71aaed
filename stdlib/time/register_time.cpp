// Registers std.time: local fields of an instant in a zone, durations,
// working and quiet hours, business days, parsing, resolve_when (a `When`
// record) and the per-item checks a policy composes with its quantifiers to
// test a slot against a calendar. Phase: registration (implementations run
// in evaluation and constant folding). Zones are IANA names or offsets
// given as text; an unknown zone is "not evaluable", so the policy's
// fallback decides. Returned texts and lists live in the call's arena.
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/check.hpp"
#include "stdlib/registry/builtin_table.hpp"
#include "stdlib/time/availability.hpp"
#include "stdlib/time/business_days.hpp"
#include "stdlib/time/duration.hpp"
#include "stdlib/time/local_time.hpp"
#include "stdlib/time/resolve_when.hpp"
#include "stdlib/time/rfc3339.hpp"
#include "stdlib/time/working_hours.hpp"

namespace charter::stdlib::time {
namespace {

// Charter's Date (days since 1970-01-01) and TimeOfDay (seconds after
// midnight), for the adapter. Local to this file: the adapter has no codec
// for them yet.
struct CivilDay {
  int64_t days = 0;
};
struct ClockTime {
  int64_t seconds = 0;
};

}  // namespace
}  // namespace charter::stdlib::time

namespace charter::stdlib::adapter_detail {

template <>
struct Codec<time::CivilDay> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kDate); }
  static time::CivilDay decode(const Value& v, CallContext&, size_t) { return {v.as_int()}; }
  static Value encode(time::CivilDay d, CallContext&) { return Value::date(d.days); }
};
template <>
struct Codec<time::ClockTime> {
  static TypePattern pattern(TypeTable&) { return TypePattern::exact(TypeTable::kTimeOfDay); }
  static time::ClockTime decode(const Value& v, CallContext&, size_t) { return {v.as_int()}; }
};

}  // namespace charter::stdlib::adapter_detail

namespace charter::stdlib::time {
namespace {

using Days = ListView<std::string_view>;
using Holidays = ListView<CivilDay>;

template <class T>
Evaluated<T> fail(std::string_view reason) {
  return Evaluated<T>::not_evaluable(reason);
}

int32_t minute_of(ClockTime t) { return static_cast<int32_t>(std::clamp<int64_t>(t.seconds / 60, 0, 24 * 60)); }

// Whole units to a Duration; beyond about 292,000 years it stops at the end.
Duration saturating(int64_t count, int64_t unit) {
  int64_t micros = 0;
  if (__builtin_mul_overflow(count, unit, &micros)) micros = count < 0 ? INT64_MIN : INT64_MAX;
  return Duration{micros};
}
Duration of_minutes(int64_t n) { return saturating(n, kMicrosPerMinute); }
Duration of_hours(int64_t n) { return saturating(n, kMicrosPerHour); }
Duration of_days(int64_t n) { return saturating(n, kMicrosPerDay); }
Duration between(Instant from, Instant to) { return duration_between(from, to); }

bool is_zone(std::string_view name) { return find_zone(name).ok(); }

Evaluated<CivilDay> date_in(Instant at, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<CivilDay>(zone.reason());
  const Evaluated<LocalDate> date = local_date(at, *zone);
  if (!date) return fail<CivilDay>(date.reason());
  return CivilDay{days_from_date(*date)};
}

Evaluated<std::string_view> weekday_in(Instant at, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<std::string_view>(zone.reason());
  const Evaluated<Weekday> day = local_weekday(at, *zone);
  if (!day) return fail<std::string_view>(day.reason());
  return weekday_name(*day);
}

template <Evaluated<int32_t> (*Field)(Instant, Zone)>
Evaluated<int64_t> field_in(Instant at, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<int64_t>(zone.reason());
  const Evaluated<int32_t> value = Field(at, *zone);
  if (!value) return fail<int64_t>(value.reason());
  return *value;
}

Evaluated<std::string_view> in_zone(CallContext& ctx, Instant at, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<std::string_view>(zone.reason());
  return format_rfc3339(at, *zone, *ctx.arena);
}
Evaluated<std::string> format_utc(Instant at) { return format_rfc3339_utc(at); }
Evaluated<Instant> parse(std::string_view text) { return parse_rfc3339(text); }
Evaluated<Duration> parse_length(std::string_view text) { return parse_duration(text); }

Evaluated<Instant> add_days_in(Instant at, int64_t count, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<Instant>(zone.reason());
  return add_local_days(at, count, *zone);
}

// Working hours from plain arguments: day names ("Mon"…"Sun"), window, zone.
Evaluated<WorkingHours> working_hours(Days day_names, ClockTime start, ClockTime end, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<WorkingHours>(zone.reason());
  WorkingHours hours;
  hours.zone = *zone;
  for (uint32_t i = 0; i < day_names.size; ++i) {
    const Evaluated<Weekday> day = parse_weekday(day_names[i]);
    if (!day) return fail<WorkingHours>(day.reason());
    hours.days = static_cast<WeekdaySet>(hours.days | weekday_bit(*day));
  }
  hours.start_minute = minute_of(start);
  hours.end_minute = minute_of(end);
  return hours;
}

Evaluated<bool> in_working_hours(Instant at, Days day_names, ClockTime start, ClockTime end,
                                 std::string_view zone_name) {
  const Evaluated<WorkingHours> hours = working_hours(day_names, start, end, zone_name);
  if (!hours) return fail<bool>(hours.reason());
  return is_within_working_hours(at, *hours);
}

Evaluated<bool> slot_in_working_hours(Instant start, Duration length, Days day_names, ClockTime from, ClockTime to,
                                      std::string_view zone_name) {
  const Evaluated<WorkingHours> hours = working_hours(day_names, from, to, zone_name);
  if (!hours) return fail<bool>(hours.reason());
  const Evaluated<Instant> end = add_duration(start, length);
  if (length.micros <= 0 || !end) return fail<bool>("the slot has no length or lies outside the supported years");
  return is_within_one_working_window(start, *end, *hours);
}

Evaluated<bool> in_quiet_hours(Instant at, ClockTime start, ClockTime end, std::string_view zone_name) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<bool>(zone.reason());
  return is_quiet_hours(at, minute_of(start), minute_of(end), *zone);
}

// One busy interval, checked exactly as check_slot checks each of a calendar's.
Evaluated<bool> slot_clashes(Instant start, Duration length, Instant busy_start, Instant busy_end, Duration buffer) {
  const BusyInterval busy[] = {{busy_start, busy_end}};
  Calendar calendar;
  calendar.buffer = buffer;
  calendar.busy = busy;
  const SlotCheck check = check_slot(start, length, calendar, start);
  bool clashes = false;
  for (const SlotConflict& conflict : check.conflicts) {
    if (conflict.problem == SlotProblem::InvalidDuration) return fail<bool>(conflict.reason);
    clashes = clashes || conflict.problem == SlotProblem::OverlapsBusy || conflict.problem == SlotProblem::InsideBuffer;
  }
  return clashes;
}

bool same_booking(std::string_view attendee, std::string_view purpose, std::string_view status,
                  std::string_view wanted_attendee, std::string_view wanted_purpose) {
  const ExistingEvent event{{}, Instant{}, attendee, purpose, status};
  return find_duplicate_booking({&event, 1}, wanted_attendee, wanted_purpose, Instant{}, Duration{}).kind !=
         DuplicateKind::None;
}

// Business days on the zone's calendar, Saturday and Sunday off, and holidays.
BusinessCalendar business_calendar(CallContext& ctx, Holidays holidays) {
  auto* dates = ctx.arena->allocate_array<LocalDate>(std::max<uint32_t>(holidays.size, 1));
  for (uint32_t i = 0; i < holidays.size; ++i) dates[i] = date_from_days(holidays[i].days);
  return BusinessCalendar{kSaturdaySunday, {dates, holidays.size}};
}

Evaluated<bool> business_day_with(CallContext& ctx, Instant at, std::string_view zone_name, Holidays holidays) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<bool>(zone.reason());
  const Evaluated<LocalDate> date = local_date(at, *zone);
  if (!date) return fail<bool>(date.reason());
  return is_business_day(*date, business_calendar(ctx, holidays));
}
Evaluated<bool> business_day(CallContext& ctx, Instant at, std::string_view zone_name) {
  return business_day_with(ctx, at, zone_name, {});
}

Evaluated<int64_t> business_days_with(CallContext& ctx, Instant from, Instant to, std::string_view zone_name,
                                      Holidays holidays) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<int64_t>(zone.reason());
  const Evaluated<LocalDate> first = local_date(from, *zone);
  const Evaluated<LocalDate> last = local_date(to, *zone);
  if (!first || !last) return fail<int64_t>(first ? last.reason() : first.reason());
  return business_days_between(*first, *last, business_calendar(ctx, holidays));
}
Evaluated<int64_t> business_days(CallContext& ctx, Instant from, Instant to, std::string_view zone_name) {
  return business_days_with(ctx, from, to, zone_name, {});
}

Evaluated<Instant> add_business_days_with(CallContext& ctx, Instant at, int64_t n, std::string_view zone_name,
                                          Holidays holidays) {
  const Evaluated<Zone> zone = find_zone(zone_name);
  if (!zone) return fail<Instant>(zone.reason());
  return add_business_days(at, n, *zone, business_calendar(ctx, holidays));
}
Evaluated<Instant> add_business(CallContext& ctx, Instant at, int64_t n, std::string_view zone_name) {
  return add_business_days_with(ctx, at, n, zone_name, {});
}

// resolve_when's answer as a record a policy can test: whether anything was
// found, the first expression's reading, and whether to ask before booking.
constexpr std::string_view kSeveralTimes = "SeveralTimes";
constexpr std::string_view kSeveralTimesReason = "the message gives more than one date or time";

TypeId add_when_record(TypeTable& types) {
  const TypeId text = types.optional_of(TypeTable::kString);
  const TypeId instant = types.optional_of(TypeTable::kTime);
  const TypeId texts = types.list_of(TypeTable::kString);
  RecordInfo info;
  info.name = "When";
  info.fields = {{"found", TypeTable::kBool}, {"count", TypeTable::kInt}, {"needs_clarification", TypeTable::kBool},
                 {"start", instant},          {"end", instant},         {"text", text},
                 {"granularity", text},       {"zone", text},           {"flags", texts},
                 {"reasons", texts}};
  return types.add_record(std::move(info));
}

// Appends `text` to the list unless it is there already.
void add_once(Value* items, uint32_t& size, std::string_view text) {
  for (uint32_t i = 0; i < size; ++i) {
    if (items[i].as_string() == text) return;
  }
  items[size++] = Value::string(text);
}

Value when_record(CallContext& ctx, TypeId type, const WhenResult& result) {
  const std::vector<WhenExpression>& found = result.expressions;
  const WhenExpression* first = found.empty() ? nullptr : &found.front();
  bool several = false;
  size_t capacity = 1;
  for (const WhenExpression& expression : found) {
    several = several || expression.start != first->start || expression.end != first->end;
    capacity += expression.ambiguities().size();
  }
  Value* flags = ctx.arena->allocate_array<Value>(capacity);
  Value* reasons = ctx.arena->allocate_array<Value>(capacity);
  uint32_t flag_count = 0;
  uint32_t reason_count = 0;
  for (const WhenExpression& expression : found) {
    for (const WhenAmbiguity& ambiguity : expression.ambiguities()) {
      add_once(flags, flag_count, to_string(ambiguity.flag));
      add_once(reasons, reason_count, ambiguity.reason);
    }
  }
  if (several) {
    add_once(flags, flag_count, kSeveralTimes);
    add_once(reasons, reason_count, kSeveralTimesReason);
  }
  const auto text_or_missing = [](std::string_view text) {
    return text.empty() ? Value::missing() : Value::string(text);
  };
  Value* fields = ctx.arena->allocate_array<Value>(10);
  fields[0] = Value::boolean(first != nullptr);
  fields[1] = Value::integer(static_cast<int64_t>(found.size()));
  fields[2] = Value::boolean(result.needs_clarification() || several);
  fields[3] = first ? Value::time(first->start) : Value::missing();
  fields[4] = first ? Value::time(first->end) : Value::missing();
  fields[5] = first ? text_or_missing(first->text) : Value::missing();
  fields[6] = first ? Value::string(to_string(first->granularity)) : Value::missing();
  fields[7] = first ? text_or_missing(ctx.arena->copy(first->zone.name())) : Value::missing();
  fields[8] = Value::list(flags, flag_count);
  fields[9] = Value::list(reasons, reason_count);
  return Value::record(static_cast<uint16_t>(type.value), fields, 10);
}

// (text, received_at, zone[, country]) -> When. An empty zone means "not
// known" (the expressions then ask for one); any other unknown zone is not
// evaluable.
bool resolve_when_with(CallContext& ctx, const Value* args, std::string_view country, Value& out) {
  CHARTER_CHECK(ctx.types->kind(ctx.result_type) == TypeKind::Record, "resolve_when returns a record");
  Zone zone;
  if (!args[2].as_string().empty()) {
    const Evaluated<Zone> given = find_zone(args[2].as_string());
    if (!given) {
      ctx.failure = given.reason();
      return false;
    }
    zone = *given;
  }
  WhenOptions options;
  options.country = country;
  const Evaluated<WhenResult> result = resolve_when(args[0].as_string(), args[1].as_time(), zone, options);
  if (!result) {
    ctx.failure = result.reason();
    return false;
  }
  out = when_record(ctx, ctx.result_type, *result);
  return true;
}
bool resolve_when_in_zone(CallContext& ctx, const Value* args, Value& out) {
  return resolve_when_with(ctx, args, {}, out);
}
bool resolve_when_in_country(CallContext& ctx, const Value* args, Value& out) {
  return resolve_when_with(ctx, args, args[3].as_string(), out);
}

}  // namespace

void register_time(BuiltinTable& table) {
  table.add<&date_in>("std.time.local_date", "the date of the time on the zone's calendar");
  table.add<&weekday_in>("std.time.weekday", "the day of the week in the zone: \"Monday\" … \"Sunday\"");
  table.add<&field_in<&local_hour>>("std.time.local_hour", "the hour (0-23) of the time on the zone's clock");
  table.add<&field_in<&local_minute>>("std.time.local_minute", "the minute (0-59) of the time on the zone's clock");
  table.add<&in_zone>("std.time.in_zone",
                      "the time written in RFC 3339 on the zone's clock (2026-03-12T11:00:00+01:00)");
  table.add<&format_utc>("std.time.format", "the time written in RFC 3339 in UTC (2026-03-12T10:00:00Z)");
  table.add<&parse>("std.time.parse",
                    "the time a text gives in RFC 3339 with its offset; not evaluable when the text is not one");
  table.add<&parse_length>("std.time.parse_duration",
                           "the duration a text gives (\"PT1H30M\", \"90m\", \"2 days\"); not evaluable otherwise");
  table.add<&is_zone>("std.time.is_zone", "whether the text names a time zone std.time knows");
  table.add<&of_minutes>("std.time.minutes", "a duration of so many minutes");
  table.add<&of_hours>("std.time.hours", "a duration of so many hours");
  table.add<&of_days>("std.time.days", "a duration of so many 24-hour days (see add_days for calendar days)");
  table.add<&between>("std.time.between",
                      "the duration from the first time to the second (negative when the second is earlier)");
  table.add<&add_days_in>("std.time.add_days",
                          "the same clock time so many days later in the zone (a day across a clock change is 23 "
                          "or 25 hours)");
  table.add<&in_working_hours>("std.time.in_working_hours",
                               "whether the time falls in working hours: days (\"Mon\"…\"Sun\"), start, end, zone");
  table.add<&slot_in_working_hours>("std.time.slot_in_working_hours",
                                    "whether a slot (start, length) lies wholly inside one working-hours window");
  table.add<&in_quiet_hours>("std.time.in_quiet_hours",
                             "whether the time falls in daily quiet hours from start to end (21:00 to 08:00 spans "
                             "midnight)");
  table.add<&slot_clashes>("std.time.slot_clashes",
                           "whether a slot (start, length) overlaps a busy interval (start, end) or comes closer "
                           "to it than the buffer");
  table.add<&same_booking>("std.time.same_booking",
                           "whether an existing event (attendee, purpose, status) is an active booking of the same "
                           "attendee for the same purpose");
  table.add<&business_day>("std.time.is_business_day",
                           "whether the time falls on a weekday (Monday to Friday) in the zone");
  table.add<&business_day_with>("std.time.is_business_day",
                                "whether the time falls on a weekday in the zone that is not one of the holidays");
  table.add<&business_days>("std.time.business_days_between",
                            "the business days after the first time's date up to the second's, in the zone");
  table.add<&business_days_with>("std.time.business_days_between",
                                 "the business days after the first date up to the second, holidays excluded");
  table.add<&add_business>("std.time.add_business_days",
                           "the same clock time so many business days later in the zone");
  table.add<&add_business_days_with>("std.time.add_business_days",
                                     "the same clock time so many business days later, holidays skipped");
  const TypeId when = add_when_record(table.types());
  const TypePattern text = TypePattern::exact(TypeTable::kString);
  const TypePattern time = TypePattern::exact(TypeTable::kTime);
  table.add_raw("std.time.resolve_when", {{text, time, text}, TypePattern::exact(when)}, &resolve_when_in_zone, true,
                "the dates and times a message names, read against received_at in the sender's zone (\"\": not "
                "known)");
  table.add_raw("std.time.resolve_when", {{text, time, text, text}, TypePattern::exact(when)},
                &resolve_when_in_country, true,
                "as resolve_when, with the sender's two-letter country code reading numeric dates (12/03 is "
                "December 3 for US)");
}

}  // namespace charter::stdlib::time
