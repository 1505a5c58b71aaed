// A criterion scored outside its declared bounds makes the event an error:
// the policy's rules are wrong, and no decision is better than a wrong
// score. Outcomes that are numbers within the bounds (`if … then 10 else 0`)
// cannot leave them, so the plan checks only the others.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "compiler/plan/plan.hpp"
#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

constexpr const char* kPolicy = R"(policy lead.score version 1.0.0

record Lead {
  id: String
  visits: Int
  vip: Bool = false
}

input Lead

scorecard fit out of 20 {
  status : 0..10 = if vip then 10 else 0 because "VIPs score full"
  visits : 0..10 = visits because "one point per visit"
}
)";

class ScorecardBounds : public PolicyTest {
 protected:
  ScorecardBounds() : PolicyTest(kPolicy) {}

  static std::string lead(int visits, bool vip) {
    return R"({"id":"l-1","visits":)" + std::to_string(visits) + R"(,"vip":)" + (vip ? "true" : "false") + "}";
  }
};

TEST_F(ScorecardBounds, ScoresWithinTheBoundsAreSummed) {
  for (const bool explain : {false, true}) {
    Json json(session_->evaluate(lead(7, true), {.explain = explain}));
    EXPECT_EQ(json.at("/decisions/fit/value/score"), "17");
  }
}

TEST_F(ScorecardBounds, AScoreOutsideItsBoundsIsAnErrorNamingTheCriterion) {
  for (const bool explain : {false, true}) {
    Json json(session_->evaluate(lead(12, false), {.explain = explain}));
    EXPECT_FALSE(session_->last_ok());
    EXPECT_EQ(json.at("/error/code"), "\"E0907\"");
    EXPECT_EQ(json.at("/error/path"), "\"fit.visits\"");
    EXPECT_EQ(json.at("/error/message"),
              "\"`fit.visits` could not be evaluated and has no fallback: its score is outside its bounds 0..10\"");
  }
}

TEST_F(ScorecardBounds, OnlyTheCriterionThatCanLeaveItsBoundsIsChecked) {
  const plan::Plan& plan = engine_->plan();
  const auto checks = std::count_if(plan.ops.begin() + plan.entries[0].code_begin,
                                    plan.ops.begin() + plan.entries[0].code_end,
                                    [](const plan::Op& op) { return op.code == plan::OpCode::CheckBounds; });
  EXPECT_EQ(checks, 1);
}

}  // namespace
}  // namespace charter::test
