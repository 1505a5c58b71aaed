// Resolving a group: its zone, its time of day, and placing it on the
// timeline (DST gaps and folds, stated abbreviations, the past).
#include "stdlib/time/when_resolve.hpp"

#include "stdlib/time/duration.hpp"
#include "stdlib/time/local_time.hpp"

namespace charter::stdlib::time::when {
namespace {

struct Window {
  int32_t from;
  int32_t to;
};

Window window_of(DayPart part) {
  switch (part) {
    case DayPart::Morning: return {9 * 60, 12 * 60};
    case DayPart::Lunchtime: return {12 * 60, 14 * 60};
    case DayPart::Afternoon: return {12 * 60, 17 * 60};
    case DayPart::Evening: return {17 * 60, 21 * 60};
    case DayPart::Night: return {19 * 60, 23 * 60};
    case DayPart::EndOfDay: return {16 * 60, 18 * 60};
    case DayPart::FirstThing: return {8 * 60, 10 * 60};
    case DayPart::None: break;
  }
  return {0, 24 * 60};
}

bool explicit_half(const TimeSpec& time) {
  return time.meridiem != Meridiem::None || time.twenty_four || time.noon || time.midnight || time.hour == 0 ||
         time.hour > 12;
}

}  // namespace

void GroupResolver::flag_date(WhenFlag flag, std::string_view reason, const LocalDate& date) {
  PendingFlag pending{flag, reason, PendingFlag::Alternative::Date};
  pending.date = date;
  pending_.push_back(pending);
}

void GroupResolver::flag_minute(WhenFlag flag, std::string_view reason, int32_t minute) {
  PendingFlag pending{flag, reason, PendingFlag::Alternative::Minute};
  pending.minute = minute;
  pending_.push_back(pending);
}

bool GroupResolver::instant_at(const LocalDate& day, int32_t minute, Instant& out, LocalResolution* detail) const {
  const Evaluated<LocalResolution> resolved = from_local(LocalDateTime{day, 0, minute, 0, 0}, zone_);
  if (!resolved) return false;
  out = resolved->earliest;
  if (detail != nullptr) *detail = *resolved;
  return true;
}

void GroupResolver::choose_zone() {
  const Zone given = context_.default_zone;
  if (group_.zone >= 0 && component(group_.zone).zone.zone.known()) {
    zone_ = component(group_.zone).zone.zone;
    choice_ = ZoneChoice::Stated;
  } else if (group_.zone >= 0) {
    // "your time" or "my time" with that zone unknown: a guess at best.
    zone_ = given.known() ? given : utc_zone();
    choice_ = ZoneChoice::Unknown;
    flag(WhenFlag::NoTimeZone, "the stated zone (\"your time\", \"my time\") is not known");
  } else if (context_.message_zone.known() && (group_.time >= 0 || group_.part >= 0)) {
    zone_ = context_.message_zone;
    choice_ = ZoneChoice::StatedElsewhere;
  } else if (given.known()) {
    zone_ = given;
    choice_ = ZoneChoice::Given;
  } else {
    zone_ = utc_zone();
    choice_ = ZoneChoice::Unknown;
    flag(WhenFlag::NoTimeZone, reason_text(WhenFlag::NoTimeZone));
  }
  const Evaluated<LocalDate> today = local_date(context_.received_at, given.known() ? given : zone_);
  today_ = today ? *today : LocalDate{};
}

int32_t GroupResolver::minutes_of(const TimeSpec& time, DayPart part, bool& guessed, int32_t& other_reading) {
  guessed = false;
  if (time.noon) return 12 * 60;
  if (time.midnight) {
    if (have_day_) flag_minute(WhenFlag::AmbiguousMidnight, reason_text(WhenFlag::AmbiguousMidnight), 0);
    return 24 * 60;
  }
  const int32_t h = time.hour;
  const int32_t m = time.minute;
  if (time.meridiem == Meridiem::Am) {
    if (h != 12) return h * 60 + m;
    if (have_day_ && m == 0) {
      flag_minute(WhenFlag::AmbiguousMidnight, "12 am read as the start of that day; often meant as its end", 24 * 60);
    }
    return m;
  }
  if (time.meridiem == Meridiem::Pm) return (h == 12 ? 12 : h + 12) * 60 + m;
  if (explicit_half(time)) return h * 60 + m;
  if (h == 12) return 12 * 60 + m;
  switch (part) {
    case DayPart::Morning:
    case DayPart::FirstThing: return h * 60 + m;
    case DayPart::Afternoon:
    case DayPart::Evening:
    case DayPart::Night:
    case DayPart::EndOfDay: return (h + 12) * 60 + m;
    case DayPart::Lunchtime: return (h <= 3 ? h + 12 : h) * 60 + m;
    case DayPart::None: break;
  }
  guessed = true;
  // The business-hours reading: 7–11 in the morning, 1–6 in the afternoon.
  const int32_t am = h * 60 + m;
  const int32_t pm = (h + 12) * 60 + m;
  other_reading = h >= 7 ? pm : am;
  return h >= 7 ? am : pm;
}

bool GroupResolver::choose_time() {
  DayPart part = DayPart::None;
  if (group_.part >= 0) part = component(group_.part).part;
  else if (group_.relative >= 0) part = component(group_.relative).part;
  bool guessed = false;
  int32_t other = 0;
  if (group_.time < 0) {
    if (part == DayPart::None) return true;
    const Window window = window_of(part);
    start_minute_ = window.from;
    end_minute_ = window.to;
    have_time_ = true;
    flag(WhenFlag::Vague, "a part of the day, not a time");
    return true;
  }
  const Component& time = component(group_.time);
  TimeSpec start = time.time;
  if (time.is_range && !explicit_half(start) && part == DayPart::None && time.time_end.meridiem != Meridiem::None) {
    // "2-4pm", "11-1pm": the end's am/pm, unless that puts the start after the end.
    const bool end_midnight = time.time_end.hour == 12 && time.time_end.meridiem == Meridiem::Am;
    const int32_t end = end_midnight ? 24 * 60 : minutes_of(time.time_end, part, guessed, other);
    start.meridiem = time.time_end.meridiem;
    if (minutes_of(start, part, guessed, other) >= end) {
      start.meridiem = start.meridiem == Meridiem::Am ? Meridiem::Pm : Meridiem::Am;
    }
  }
  start_minute_ = minutes_of(start, part, guessed, other);
  if (guessed) flag_minute(WhenFlag::TwelveHourNoMeridiem, reason_text(WhenFlag::TwelveHourNoMeridiem), other);
  if (time.is_range) {
    const TimeSpec& finish = time.time_end;
    int32_t end = 0;
    if (finish.midnight || (finish.meridiem == Meridiem::Am && finish.hour == 12 && finish.minute == 0)) {
      end = 24 * 60;  // "10pm-midnight": the end of the day, no question
    } else if (explicit_half(finish) || part != DayPart::None) {
      end = minutes_of(finish, part, guessed, other);
    } else {
      const int32_t h = finish.hour == 12 ? 0 : finish.hour;
      end = h * 60 + finish.minute;
      if (end <= start_minute_) end += 12 * 60;
    }
    if (end <= start_minute_) end += 24 * 60;
    end_minute_ = end;
  }
  have_time_ = time_stated_ = true;
  return true;
}

void GroupResolver::check_zone_abbreviation(WhenExpression& out, const LocalDateTime& local) {
  const ZoneSpec& spec = component(group_.zone).zone;
  if (spec.ambiguous) flag(WhenFlag::ZoneAbbreviationAmbiguous, reason_text(WhenFlag::ZoneAbbreviationAmbiguous));
  if (spec.form == ZoneForm::Standard || spec.form == ZoneForm::Daylight) {
    const Evaluated<ZoneOffset> offset = offset_at(out.start, zone_);
    const Evaluated<LocalResolution> literal = from_local(local, Zone::fixed(spec.literal_offset));
    if (offset && literal && offset->is_dst != (spec.form == ZoneForm::Daylight)) {
      PendingFlag pending{WhenFlag::ZoneAbbreviationMismatch, reason_text(WhenFlag::ZoneAbbreviationMismatch),
                          PendingFlag::Alternative::Instant};
      pending.instant = literal->earliest;
      pending_.push_back(pending);
    }
  }
  const Zone home = context_.default_zone;
  if (spec.gmt && (home.name() == "Europe/London" || home.name() == "Europe/Dublin")) {
    const Evaluated<ZoneOffset> offset = offset_at(out.start, home);
    const Evaluated<LocalResolution> uk = from_local(local, home);
    if (offset && uk && offset->is_dst) {
      PendingFlag pending{WhenFlag::ZoneAbbreviationMismatch,
                          "GMT stated while the sender's zone is on summer time; its local time may be meant",
                          PendingFlag::Alternative::Instant};
      pending.instant = uk->earliest;
      pending_.push_back(pending);
    }
  }
}

bool GroupResolver::resolve_offset(WhenExpression& out) {
  const Component& offset = component(group_.offset);
  const Evaluated<Instant> start = add_duration(context_.received_at, Duration{offset.micros});
  const Duration length{offset.vague ? offset.micros_end : offset.micros};
  const Evaluated<Instant> end = add_duration(context_.received_at, length);
  if (!start || !end) return false;
  zone_ = context_.default_zone.known() ? context_.default_zone : utc_zone();
  out.zone_choice = context_.default_zone.known() ? ZoneChoice::Given : ZoneChoice::Unknown;
  out.start = *start;
  out.end = *end;
  out.granularity = offset.vague ? WhenGranularity::TimeRange : WhenGranularity::Point;
  out.time_stated = true;
  out.zone = zone_;
  if (offset.vague) out.add(WhenFlag::Vague, "an approximate length of time");
  const Evaluated<LocalDateTime> local = to_local(out.start, zone_);
  if (!local) return false;
  out.local_start = *local;
  return true;
}

}  // namespace charter::stdlib::time::when
