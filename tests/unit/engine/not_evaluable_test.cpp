// "Not evaluable": when a builtin cannot work on a value (an unknown time
// zone), the rule's outcome is neither true nor false: the decision's
// fallback applies, decisions that read it go on from the fallback's value,
// and the trace says why. Without a fallback the event gets an error and no
// decision at all.
#include <gtest/gtest.h>

#include <string>

#include "engine/eval/scratch.hpp"
#include "engine/trace/explain.hpp"
#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

constexpr const char* kPolicy = R"(policy desk.hours version 1.0.0

use std.time.{local_hour, in_quiet_hours}

record Message {
  id: String
  received_at: Time
  zone: String
  amount: Int = 0
  parts: Int = 1
}

input Message

decision office : String {
  open: when local_hour(received_at, zone) in 9..16 => "open" because "it is office hours for the sender"
  otherwise => "closed" because "it is outside office hours for the sender"
  fallback => "unknown" because "the sender's local time is not known"
}

decision answer_by : String {
  today: when office == "open" => "today" because "the office is open"
  otherwise => "tomorrow" because "the office is closed, or its hours are not known"
}

gate call_back {
  night: deny when in_quiet_hours(received_at, 21:00, 08:00, zone) because "it is night for the sender"
  fallback review because "the sender's local time is not known"
  allow because "a decent hour"
}

decision share : Number = amount / parts because "the amount per part"
)";

class NotEvaluable : public PolicyTest {
 protected:
  NotEvaluable() : PolicyTest(kPolicy) {}

  static std::string message(const std::string& zone, const std::string& extra = "") {
    return R"({"id":"m-1","received_at":"2026-08-04T10:30:00Z","zone":")" + zone + "\"" + extra + "}";
  }

  // The explanation entry of `decision` in an explained result.
  static std::string explained(Json& json, const std::string& decision, const std::string& key) {
    for (int i = 0; i < 16; ++i) {
      const std::string entry = "/explanation/" + std::to_string(i);
      if (json.at(entry + "/decision") == "\"" + decision + "\"") return json.at(entry + "/" + key);
    }
    return "<no entry for " + decision + ">";
  }
};

TEST_F(NotEvaluable, AKnownZoneDecidesByTheRules) {
  Json london(session_->evaluate(message("Europe/London"), {.explain = true}));
  EXPECT_EQ(london.at("/decisions/office/value"), "\"open\"");
  EXPECT_EQ(london.at("/decisions/office/rule"), "\"office.open\"");
  EXPECT_EQ(explained(london, "office", "not_evaluable"), "<absent>");
  Json los_angeles(session_->evaluate(message("America/Los_Angeles")));  // 03:30 there
  EXPECT_EQ(los_angeles.at("/decisions/office/value"), "\"closed\"");
  EXPECT_EQ(los_angeles.at("/decisions/call_back/value"), "\"Deny\"");
}

TEST_F(NotEvaluable, AnUnknownZoneMakesTheFallbackDecide) {
  Json json(session_->evaluate(message("Mars/Olympus_Mons"), {.explain = true}));
  ASSERT_TRUE(session_->last_ok());
  EXPECT_EQ(json.at("/decisions/office/value"), "\"unknown\"") << "not evaluable is not `closed`";
  EXPECT_EQ(json.at("/decisions/office/rule"), "\"office.fallback\"");
  // A decision that reads it goes on from the fallback's value.
  EXPECT_EQ(json.at("/decisions/answer_by/value"), "\"tomorrow\"");
  EXPECT_EQ(json.at("/decisions/answer_by/rule"), "\"answer_by.otherwise\"");
  // A gate's fallback verdict, not a silent Allow.
  EXPECT_EQ(json.at("/decisions/call_back/value"), "\"Review\"");
  EXPECT_EQ(json.at("/decisions/call_back/rule"), "\"call_back.fallback\"");
}

TEST_F(NotEvaluable, TheTraceSaysWhyAndWhichFallbackDecided) {
  Json json(session_->evaluate(message("Mars/Olympus_Mons"), {.explain = true}));
  EXPECT_EQ(explained(json, "office", "not_evaluable"), "\"unknown time zone\"");
  EXPECT_EQ(explained(json, "office", "because"), "\"the sender's local time is not known\"");
  EXPECT_EQ(explained(json, "call_back", "not_evaluable"), "\"unknown time zone\"");
  EXPECT_EQ(explained(json, "answer_by", "not_evaluable"), "<absent>") << "answer_by itself was evaluated";
}

TEST_F(NotEvaluable, TheExplanationInWordsSaysWhy) {
  engine::Scratch scratch(engine_->plan());
  bool ok = false;
  const std::string text =
      engine::explain_event(engine_->plan(), scratch, message("Mars/Olympus_Mons"), engine::ExplainFormat::Text, {.width = 1000}, &ok);
  ASSERT_TRUE(ok) << text;
  EXPECT_NE(text.find("could not be evaluated: unknown time zone; the fallback decided: the sender's local time is not known"),
            std::string::npos)
      << text;
}

TEST_F(NotEvaluable, WithoutAFallbackTheEventIsAnErrorAndNothingIsDecided) {
  const std::string result(session_->evaluate(message("Europe/London", R"(,"amount":10,"parts":0)"), {.explain = true}));
  EXPECT_FALSE(session_->last_ok());
  Json json(result);
  EXPECT_EQ(json.keys(), (std::vector<std::string>{"event_id", "error"})) << result;
  EXPECT_EQ(json.at("/error/code"), "\"E0907\"");
  EXPECT_EQ(json.at("/error/path"), "\"share\"");
  EXPECT_NE(result.find("division by zero"), std::string::npos) << result;
  EXPECT_EQ(json.at("/event_id"), "\"m-1\"");
  // The next event is decided as if nothing had happened.
  EXPECT_EQ(Json(session_->evaluate(message("Europe/London", R"(,"amount":10,"parts":4)"))).at("/decisions/share/value"), "2.5");
}

}  // namespace
}  // namespace charter::test
