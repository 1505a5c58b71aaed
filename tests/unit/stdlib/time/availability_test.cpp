// Slot availability against the live calendar, and duplicate bookings.
#include "stdlib/time/availability.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string_view>
#include <vector>

#include "stdlib/time/duration.hpp"
#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::time {
namespace {

Instant at(const char* text) { return *parse_rfc3339(text); }

std::vector<SlotProblem> problems(const SlotCheck& check) {
  std::vector<SlotProblem> out;
  for (const SlotConflict& conflict : check.conflicts) out.push_back(conflict.problem);
  return out;
}

class TimeAvailability : public ::testing::Test {
 protected:
  TimeAvailability() {
    const std::array<std::string_view, 5> days = {"Mon", "Tue", "Wed", "Thu", "Fri"};
    calendar_.working_hours = *make_working_hours(days, "09:00", "17:00", *find_zone("Europe/London"));
    calendar_.buffer = minutes(15);
    calendar_.busy = busy_;
    calendar_.checked_at = at("2026-03-12T09:55:00Z");
  }
  const Instant received_ = at("2026-03-12T10:00:00Z");  // Thursday
  const std::array<BusyInterval, 2> busy_ = {{{at("2026-03-13T10:00:00Z"), at("2026-03-13T11:00:00Z")},
                                             {at("2026-03-13T14:00:00Z"), at("2026-03-13T15:00:00Z")}}};
  Calendar calendar_;
};

TEST_F(TimeAvailability, AFreeSlotInsideWorkingHoursIsAvailable) {
  const SlotCheck check = check_slot(at("2026-03-13T12:00:00Z"), minutes(30), calendar_, received_);
  EXPECT_TRUE(check.available);
  EXPECT_TRUE(check.conflicts.empty());
}

TEST_F(TimeAvailability, OverlappingABusyIntervalNamesIt) {
  const SlotCheck check = check_slot(at("2026-03-13T10:30:00Z"), minutes(30), calendar_, received_);
  EXPECT_FALSE(check.available);
  ASSERT_EQ(problems(check), std::vector<SlotProblem>{SlotProblem::OverlapsBusy});
  EXPECT_EQ(check.conflicts[0].busy_index, 0);
  EXPECT_FALSE(check.conflicts[0].reason.empty());
}

TEST_F(TimeAvailability, TheBufferIsKeptOnBothSides) {
  EXPECT_EQ(problems(check_slot(at("2026-03-13T11:10:00Z"), minutes(30), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::InsideBuffer});
  EXPECT_EQ(problems(check_slot(at("2026-03-13T13:30:00Z"), minutes(20), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::InsideBuffer});
  EXPECT_TRUE(check_slot(at("2026-03-13T11:15:00Z"), minutes(30), calendar_, received_).available);
  EXPECT_TRUE(check_slot(at("2026-03-13T13:15:00Z"), minutes(30), calendar_, received_).available);
}

TEST_F(TimeAvailability, BackToBackIntervalsAreNotOverlapsWithoutABuffer) {
  calendar_.buffer = Duration{};
  EXPECT_TRUE(check_slot(at("2026-03-13T11:00:00Z"), minutes(60), calendar_, received_).available);
  EXPECT_TRUE(check_slot(at("2026-03-13T13:00:00Z"), minutes(60), calendar_, received_).available);
}

TEST_F(TimeAvailability, OutsideWorkingHoursIsNotOffered) {
  EXPECT_EQ(problems(check_slot(at("2026-03-13T16:45:00Z"), minutes(30), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::OutsideWorkingHours});
  EXPECT_EQ(problems(check_slot(at("2026-03-14T12:00:00Z"), minutes(30), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::OutsideWorkingHours});
  // 16:30 UTC in July is 17:30 in London.
  EXPECT_EQ(problems(check_slot(at("2026-07-16T16:30:00Z"), minutes(15), calendar_, at("2026-07-15T09:00:00Z"))),
            std::vector<SlotProblem>{SlotProblem::OutsideWorkingHours});
}

TEST_F(TimeAvailability, ThePastIsNotOffered) {
  EXPECT_EQ(problems(check_slot(at("2026-03-12T09:30:00Z"), minutes(15), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::InPast});
}

TEST_F(TimeAvailability, AStaleOrUnreadCalendarIsReportedWhenAnAgeIsRequired) {
  calendar_.max_age = minutes(10);
  EXPECT_TRUE(check_slot(at("2026-03-13T12:00:00Z"), minutes(30), calendar_, received_).available);
  calendar_.checked_at = at("2026-03-12T08:00:00Z");
  EXPECT_EQ(problems(check_slot(at("2026-03-13T12:00:00Z"), minutes(30), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::StaleCalendar});
  calendar_.checked_at.reset();
  EXPECT_EQ(problems(check_slot(at("2026-03-13T12:00:00Z"), minutes(30), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::StaleCalendar});
}

TEST_F(TimeAvailability, EveryConflictIsListed) {
  const SlotCheck check = check_slot(at("2026-03-13T09:30:00Z"), hours(6), calendar_, received_);
  EXPECT_EQ(problems(check), (std::vector<SlotProblem>{SlotProblem::OverlapsBusy, SlotProblem::OverlapsBusy}));
  EXPECT_EQ(check.conflicts[1].busy_index, 1);
}

TEST_F(TimeAvailability, NonsenseSlotsAndUnknownZonesAreNeverAvailable) {
  EXPECT_EQ(problems(check_slot(at("2026-03-13T12:00:00Z"), Duration{}, calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::InvalidDuration});
  EXPECT_EQ(problems(check_slot(at("2026-03-13T12:00:00Z"), minutes(-5), calendar_, received_)),
            std::vector<SlotProblem>{SlotProblem::InvalidDuration});
  EXPECT_FALSE(check_slot(Instant{INT64_MAX - 10}, minutes(5), calendar_, received_).available);
  Calendar unknown = calendar_;
  unknown.working_hours.zone = Zone{};
  EXPECT_EQ(problems(check_slot(at("2026-03-13T12:00:00Z"), minutes(30), unknown, received_)),
            std::vector<SlotProblem>{SlotProblem::UnknownZone});
  EXPECT_EQ(to_string(SlotProblem::InsideBuffer), "InsideBuffer");
}

class TimeDuplicateBooking : public ::testing::Test {
 protected:
  const std::array<ExistingEvent, 4> events_ = {{
      {"evt-1", at("2026-03-13T10:00:00Z"), "jane@example.com", "Discovery call", "cancelled"},
      {"evt-2", at("2026-03-20T10:00:00Z"), "Jane@Example.com ", "discovery  call", "confirmed"},
      {"evt-3", at("2026-03-13T10:00:00Z"), "jane@example.com", "Discovery call", "tentative"},
      {"evt-4", at("2026-03-13T10:00:00Z"), "tom@example.com", "Discovery call", "confirmed"},
  }};
};

TEST_F(TimeDuplicateBooking, SameAttendeePurposeAndTimeIsADuplicate) {
  const DuplicateMatch match =
      find_duplicate_booking(events_, "JANE@example.com", "Discovery Call", at("2026-03-13T10:05:00Z"), minutes(10));
  EXPECT_EQ(match.kind, DuplicateKind::SameTime);
  EXPECT_EQ(match.index, 2);
  EXPECT_EQ(match.event_id, "evt-3");
}

TEST_F(TimeDuplicateBooking, CancelledEventsDoNotCount) {
  const std::array<ExistingEvent, 1> cancelled = {events_[0]};
  EXPECT_EQ(find_duplicate_booking(cancelled, "jane@example.com", "Discovery call", at("2026-03-13T10:00:00Z"),
                                   minutes(10))
                .kind,
            DuplicateKind::None);
  EXPECT_FALSE(is_active_status("Canceled"));
  EXPECT_FALSE(is_active_status(" DECLINED "));
  EXPECT_TRUE(is_active_status(""));
  EXPECT_TRUE(is_active_status("proposed"));
}

TEST_F(TimeDuplicateBooking, TheSameRequestAtAnotherTimeIsReported) {
  const DuplicateMatch match =
      find_duplicate_booking(events_, "jane@example.com", "discovery call", at("2026-03-27T10:00:00Z"), minutes(10));
  EXPECT_EQ(match.kind, DuplicateKind::OtherTime);
  EXPECT_EQ(match.event_id, "evt-2");
}

TEST_F(TimeDuplicateBooking, AnotherAttendeeOrPurposeIsNotADuplicate) {
  EXPECT_EQ(find_duplicate_booking(events_, "sam@example.com", "Discovery call", at("2026-03-13T10:00:00Z"),
                                   minutes(10))
                .kind,
            DuplicateKind::None);
  EXPECT_EQ(find_duplicate_booking(events_, "tom@example.com", "Demo", at("2026-03-13T10:00:00Z"), minutes(10)).kind,
            DuplicateKind::None);
  EXPECT_EQ(find_duplicate_booking({}, "tom@example.com", "Demo", at("2026-03-13T10:00:00Z"), minutes(10)).kind,
            DuplicateKind::None);
}

}  // namespace
}  // namespace charter::stdlib::time
