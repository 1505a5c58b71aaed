// Sums of several terms (`a + b + c`, a scorecard's score) are added left to
// right by one op, with the semantics of adding two at a time: whole numbers
// stay whole until a Number joins, and a sum that leaves the range of whole
// numbers is not evaluable (the fallback decides, or the event is an error).
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

constexpr const char* kPolicy = R"(policy lead.sums version 1.0.0

record Lead {
  id: String
  a: Int
  b: Int
  c: Int
  share: Number = 0.5
}

input Lead

decision whole : Int {
  otherwise => a + b + c because "three counts"
  fallback => -1 because "the counts are too large to add"
}

decision mixed : Number = b + c + share because "two counts and a share"

scorecard fit out of 30 {
  first  : 0..10 = if a > 0 then 10 else 0 because "a"
  second : 0..10 = if b > 0 then 10 else 0 because "b"
  third  : 0..10 = if c > 0 then 10 else 0 because "c"
}
)";

class Sums : public PolicyTest {
 protected:
  Sums() : PolicyTest(kPolicy) {}

  static std::string lead(const std::string& a, const std::string& b, const std::string& c) {
    return R"({"id":"l-1","a":)" + a + R"(,"b":)" + b + R"(,"c":)" + c + "}";
  }
};

TEST_F(Sums, TermsAreAddedLeftToRight) {
  for (const bool explain : {false, true}) {
    Json json(session_->evaluate(lead("1", "2", "3"), {.explain = explain}));
    EXPECT_EQ(json.at("/decisions/whole/value"), "6");
    EXPECT_EQ(json.at("/decisions/mixed/value"), "5.5");
    EXPECT_EQ(json.at("/decisions/fit/value/score"), "30");
  }
  Json json(session_->evaluate(lead("0", "2", "0")));
  EXPECT_EQ(json.at("/decisions/fit/value/score"), "10");
}

TEST_F(Sums, ASumTooLargeIsNotEvaluableAndTheFallbackDecides) {
  for (const bool explain : {false, true}) {
    // The first two terms already overflow, though the third would bring the total back.
    Json json(session_->evaluate(lead("9223372036854775807", "1", "-5"), {.explain = explain}));
    EXPECT_EQ(json.at("/decisions/whole/value"), "-1");
    EXPECT_EQ(json.at("/decisions/whole/rule"), "\"whole.fallback\"");
  }
}

TEST_F(Sums, ASumWithoutAFallbackThatOverflowsIsAnError) {
  Json json(session_->evaluate(lead("0", "9223372036854775807", "9223372036854775807")));
  EXPECT_FALSE(session_->last_ok());
  EXPECT_EQ(json.at("/error/code"), "\"E0907\"");
  EXPECT_EQ(json.at("/error/path"), "\"mixed\"");
}

}  // namespace
}  // namespace charter::test
