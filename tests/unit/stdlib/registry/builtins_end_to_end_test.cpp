// A policy that calls contact and time builtins compiles (their signatures
// type-check in the language) and evaluates: values, a not-evaluable call
// decided by the fallback, and an ambiguous date that asks instead of booking.
#include <gtest/gtest.h>

#include <string>

#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "engine/api/charter.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter {
namespace {

constexpr std::string_view kPolicy = R"(policy e2e.builtins version 1.0.0 { owner "tests" }
use std.contact.{phone, iana_zone}
use std.time as t
use std.list.{max}
record Sender { phone: String?, country: String?, timezone: String? }
record Busy { start: Time, end: Time }
record Calendar {
  timezone: String, days: List<String>, start: TimeOfDay, end: TimeOfDay, buffer_minutes: Int = 0,
  busy: List<Busy> = []
}
record Event {
  kind: String, event_id: String, received_at: Time, body: String, sender: Sender = {}, scores: List<Int> = [],
  calendar: Calendar?
}
input Event
let cleaned = phone(sender.phone ?? "", sender.country ?? "")
let zone = iana_zone(sender.timezone ?? "") ?? "UTC"
let asked = t.resolve_when(body, received_at, zone)
decision sender_hour : Int {
  otherwise => t.local_hour(received_at, sender.timezone ?? "") because "the hour where the sender is"
  fallback => -1 because "the sender's time zone is not known"
}
decision meeting : String {
  unclear: when asked.needs_clarification => "ask" because "{asked.reasons}"
  nothing: when not asked.found => "none" because "no date or time in the message"
  otherwise => t.in_zone(asked.start ?? received_at, zone) because "read in {zone}"
  fallback => "unknown" because "the date could not be read"
}
let slot = asked.start ?? received_at
gate appointment {
  unknown: review when not exists(calendar) because "availability is not known without the live calendar"
  unclear: review when asked.needs_clarification because "{asked.reasons}"
  hours: deny when exists(calendar) and
      not std.time.slot_in_working_hours(slot, 30m, calendar.days, calendar.start, calendar.end, calendar.timezone)
    because "the slot is outside working hours"
  busy: deny when exists(calendar) and
      any(b in calendar.busy:
          std.time.slot_clashes(slot, 30m, b.start, b.end, std.time.minutes(calendar.buffer_minutes)))
    because "the slot is taken or too close to another meeting"
  fallback review because "availability could not be checked"
  allow because "the slot is free"
}
decision best : Int = std.num.clamp(max(scores) ?? 0, 0, 10) because "the best score, at most 10"
decision different : Int = std.list.count(std.list.distinct(scores)) because "how many different scores"
output {
  event_id: event_id,
  phone: cleaned.value,
  confirm: cleaned.confirm,
  sender_hour: sender_hour,
  meeting: meeting,
  best: best,
  different: different,
  appointment: appointment,
}
)";

class BuiltinsEndToEnd : public ::testing::Test {
 protected:
  void SetUp() override {
    auto compilation = compiler::compile_sources({{"e2e.charter", std::string(kPolicy)}}, stdlib::default_builtins());
    ASSERT_NE(compilation->plan, nullptr)
        << dsl::render_text(compilation->sources, compilation->diagnostics.diagnostics());
    engine_ = std::make_shared<Engine>(compilation->plan);
  }

  std::string evaluate(std::string_view event) {
    auto session = engine_->session();
    std::string result(session->evaluate(event));
    EXPECT_TRUE(session->last_ok()) << result;
    return result;
  }

  std::shared_ptr<const Engine> engine_;
};

TEST_F(BuiltinsEndToEnd, CleansThePhoneAndReadsTheMeetingTime) {
  const std::string decision = evaluate(
      R"({"kind":"inbound","event_id":"e1","received_at":"2026-06-10T08:00:00Z",
          "body":"Could we talk tomorrow at 3pm?","scores":[4,12,7,4],
          "sender":{"phone":"07400 123456","country":"GB","timezone":"Europe/London"},
          "calendar":{"timezone":"Europe/London","days":["Mon","Tue","Wed","Thu","Fri"],"start":"09:00","end":"17:00",
                      "buffer_minutes":15,"busy":[{"start":"2026-06-11T12:00:00Z","end":"2026-06-11T13:50:00Z"}]}})");
  EXPECT_NE(decision.find(R"("phone":"+447400123456")"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("confirm":false)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("sender_hour":9)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("meeting":"2026-06-11T15:00:00+01:00")"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("best":10)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("different":3)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("appointment":"Deny")"), std::string::npos) << decision;
}

TEST_F(BuiltinsEndToEnd, AFreeSlotInWorkingHoursIsAllowed) {
  const std::string decision = evaluate(
      R"({"kind":"inbound","event_id":"e3","received_at":"2026-06-10T08:00:00Z",
          "body":"Could we talk tomorrow at 3pm?","sender":{"timezone":"Europe/London"},
          "calendar":{"timezone":"Europe/London","days":["Mon","Tue","Wed","Thu","Fri"],"start":"09:00","end":"17:00",
                      "buffer_minutes":15,"busy":[{"start":"2026-06-11T12:00:00Z","end":"2026-06-11T13:40:00Z"}]}})");
  EXPECT_NE(decision.find(R"("appointment":"Allow")"), std::string::npos) << decision;
}

TEST_F(BuiltinsEndToEnd, AnUnknownZoneFallsBackAndAnAmbiguousDateAsks) {
  const std::string decision = evaluate(
      R"({"kind":"inbound","event_id":"e2","received_at":"2026-06-10T08:00:00Z",
          "body":"How about 12/07 at 15:00?","sender":{"timezone":"Mars/Olympus"}})");
  EXPECT_NE(decision.find(R"("phone":null)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("confirm":true)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("sender_hour":-1)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("meeting":"ask")"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("best":0)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("different":0)"), std::string::npos) << decision;
  EXPECT_NE(decision.find(R"("appointment":"Review")"), std::string::npos) << decision;
}

}  // namespace
}  // namespace charter
