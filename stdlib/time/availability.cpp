#include "stdlib/time/availability.hpp"

#include <limits>

#include "stdlib/time/duration.hpp"
#include "stdlib/time/text_scan.hpp"

namespace charter::stdlib::time {
namespace {

void add(SlotCheck& check, SlotProblem problem, std::string_view reason, int32_t busy_index = -1) {
  check.conflicts.push_back(SlotConflict{problem, reason, busy_index});
}

// Equal after trimming, ignoring ASCII case and treating any run of spaces as one.
bool loosely_equal(std::string_view a, std::string_view b) {
  a = trim(a);
  b = trim(b);
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_space(a[i]) && is_space(b[j])) {
      while (i < a.size() && is_space(a[i])) ++i;
      while (j < b.size() && is_space(b[j])) ++j;
      continue;
    }
    if (to_lower(a[i]) != to_lower(b[j])) return false;
    ++i, ++j;
  }
  return i == a.size() && j == b.size();
}

Instant saturating_add(Instant instant, Duration duration) {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  if (duration.micros > 0 && instant.micros > kMax - duration.micros) return Instant{kMax};
  if (duration.micros < 0 && instant.micros < kMin - duration.micros) return Instant{kMin};
  return Instant{instant.micros + duration.micros};
}

}  // namespace

std::string_view to_string(SlotProblem problem) {
  switch (problem) {
    case SlotProblem::InvalidDuration: return "InvalidDuration";
    case SlotProblem::UnknownZone: return "UnknownZone";
    case SlotProblem::StaleCalendar: return "StaleCalendar";
    case SlotProblem::InPast: return "InPast";
    case SlotProblem::OutsideWorkingHours: return "OutsideWorkingHours";
    case SlotProblem::OverlapsBusy: return "OverlapsBusy";
    case SlotProblem::InsideBuffer: return "InsideBuffer";
  }
  return "Unknown";
}

SlotCheck check_slot(Instant start, Duration duration, const Calendar& calendar, Instant received_at) {
  SlotCheck check;
  const Evaluated<Instant> end = add_duration(start, duration);
  if (duration.micros <= 0 || !end || !instant_in_supported_range(start)) {
    add(check, SlotProblem::InvalidDuration, "the slot has no length or lies outside the supported years");
    return check;
  }
  if (!calendar.working_hours.zone.known()) {
    add(check, SlotProblem::UnknownZone, "the calendar's time zone is unknown, so working hours cannot be applied");
  }
  if (calendar.max_age.micros > 0 &&
      (!calendar.checked_at || duration_between(*calendar.checked_at, received_at) > calendar.max_age)) {
    add(check, SlotProblem::StaleCalendar, "the calendar was not read recently enough to offer this time");
  }
  if (start < received_at) add(check, SlotProblem::InPast, "the slot starts before the message was received");
  if (calendar.working_hours.zone.known()) {
    const Evaluated<bool> inside = is_within_one_working_window(start, *end, calendar.working_hours);
    if (!inside || !*inside) {
      add(check, SlotProblem::OutsideWorkingHours, "the slot is not wholly inside the calendar's working hours");
    }
  }
  const Duration buffer{calendar.buffer.micros > 0 ? calendar.buffer.micros : 0};
  for (size_t i = 0; i < calendar.busy.size(); ++i) {
    const BusyInterval& busy = calendar.busy[i];
    if (busy.end < busy.start) continue;
    const auto index = static_cast<int32_t>(i);
    if (start < busy.end && busy.start < *end) {
      add(check, SlotProblem::OverlapsBusy, "the slot overlaps a busy interval", index);
    } else if (start < saturating_add(busy.end, buffer) &&
               saturating_add(busy.start, Duration{-buffer.micros}) < *end) {
      add(check, SlotProblem::InsideBuffer, "the slot leaves less than the required buffer next to a busy interval",
          index);
    }
  }
  check.available = check.conflicts.empty();
  return check;
}

bool is_active_status(std::string_view status) {
  static constexpr std::string_view kInactive[] = {"cancelled", "canceled", "declined", "rejected", "deleted",
                                                   "removed"};
  status = trim(status);
  for (std::string_view word : kInactive) {
    if (iequals(status, word)) return false;
  }
  return true;
}

DuplicateMatch find_duplicate_booking(std::span<const ExistingEvent> events, std::string_view attendee_email,
                                      std::string_view purpose, Instant start, Duration tolerance) {
  DuplicateMatch match;
  const int64_t allowed = tolerance.micros < 0 ? 0 : tolerance.micros;
  for (size_t i = 0; i < events.size(); ++i) {
    const ExistingEvent& event = events[i];
    if (!is_active_status(event.status) || !iequals(trim(event.attendee_email), trim(attendee_email)) ||
        !loosely_equal(event.purpose, purpose)) {
      continue;
    }
    const int64_t gap = duration_between(start, event.start).micros;
    const bool near = gap >= -allowed && gap <= allowed;
    const DuplicateKind kind = near ? DuplicateKind::SameTime : DuplicateKind::OtherTime;
    if (match.kind == DuplicateKind::None || (kind == DuplicateKind::SameTime && match.kind != kind)) {
      match = DuplicateMatch{kind, static_cast<int32_t>(i), event.event_id};
      if (kind == DuplicateKind::SameTime) break;
    }
  }
  return match;
}

}  // namespace charter::stdlib::time
