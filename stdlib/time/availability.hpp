// Appointment safety checks: whether a proposed slot is free on the live
// calendar (busy intervals, buffer, working hours, not in the past) and
// whether a booking would duplicate an existing event. Phase: builtins
// (std.time) behind the appointment gate. Views in the inputs must outlive
// the call; results hold indexes and static reasons only.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "stdlib/core/time_value.hpp"
#include "stdlib/time/working_hours.hpp"

namespace charter::stdlib::time {

struct BusyInterval {
  Instant start;
  Instant end;  // exclusive
};

/// The live approved calendar. Its zone is `working_hours.zone`.
struct Calendar {
  WorkingHours working_hours;
  Duration buffer;                    // free time required before and after every busy interval
  std::span<const BusyInterval> busy;
  std::optional<Instant> checked_at;  // when the calendar was read
  Duration max_age;                   // > 0: a reading older than this at received_at is stale
};

enum class SlotProblem : uint8_t {
  InvalidDuration,      // zero or negative length
  UnknownZone,          // the calendar's zone is unknown: working hours cannot be applied
  StaleCalendar,        // checked_at is missing or older than max_age at received_at
  InPast,               // the slot starts before received_at
  OutsideWorkingHours,  // not wholly inside one working-hours window
  OverlapsBusy,         // overlaps busy[busy_index]
  InsideBuffer,         // closer than the buffer to busy[busy_index]
};

struct SlotConflict {
  SlotProblem problem;
  std::string_view reason;   // static text
  int32_t busy_index = -1;   // for OverlapsBusy and InsideBuffer
};

struct SlotCheck {
  bool available = false;
  std::vector<SlotConflict> conflicts;  // empty exactly when available
};

std::string_view to_string(SlotProblem problem);

SlotCheck check_slot(Instant start, Duration duration, const Calendar& calendar, Instant received_at);

struct ExistingEvent {
  std::string_view event_id;
  Instant start;
  std::string_view attendee_email;
  std::string_view purpose;
  std::string_view status;  // "confirmed", "tentative", "cancelled", …
};

enum class DuplicateKind : uint8_t {
  None,
  SameTime,   // same attendee and purpose, active, starting within the tolerance
  OtherTime,  // same attendee and purpose, active, at another time (a reschedule or a second booking)
};

struct DuplicateMatch {
  DuplicateKind kind = DuplicateKind::None;
  int32_t index = -1;           // into the events span
  std::string_view event_id;    // view into the matched event
};

/// Cancelled, canceled, declined, rejected, deleted and removed events are not
/// active; every other status (including an empty one) is, which is the safe side.
bool is_active_status(std::string_view status);

/// Emails compare ignoring ASCII case and surrounding spaces; purposes also
/// ignoring runs of spaces. A same-time match is preferred to an other-time one.
DuplicateMatch find_duplicate_booking(std::span<const ExistingEvent> events, std::string_view attendee_email,
                                      std::string_view purpose, Instant start, Duration tolerance);

}  // namespace charter::stdlib::time
