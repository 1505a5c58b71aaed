// The passes over the plan: what the untraced copy of an entry's code keeps
// and drops. (That decisions stay the same is the differential test's job,
// tests/unit/engine/optimisation_differential_test.cpp.)
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "compiler/pipeline.hpp"
#include "compiler/plan/op_targets.hpp"
#include "dsl/diag/render.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::compiler {
namespace {

using plan::OpCode;

constexpr std::string_view kPolicy = R"(policy t.passes version 1.0.0 { owner "tests" }
use std.text.{hits}
record Event { id: String, subject: String, body: String, amount: Int }
input Event
const PRICE = ["price", "quote"]
const CALL = ["call", "demo"]
const LEGAL = ["lawyer"]
let text = subject + " " + body
let price_words = hits(text, PRICE)
let call_words = hits(text, CALL)
let legal_words = hits(text, LEGAL)
decision topic : String {
  price: when price_words >= 1 => "price" because "{price_words} price words"
  call:  when call_words >= 1  => "call" because "{call_words} call words"
  otherwise => "other" because "nothing matched"
}
decision risky : Bool = legal_words >= 1 or amount > 1000 because "legal words or a large amount"
decision total : Int {
  otherwise => amount + price_words because "the amount and the price words"
  fallback => 0 because "the sum overflowed"
}
output { id: id, topic: topic, rule: rule(topic), risky: risky, total: total }
)";

class PlanPasses : public ::testing::Test {
 protected:
  std::unique_ptr<Compilation> compile(const PassOptions& passes = {}) {
    auto c = compile_sources({{"passes.charter", std::string(kPolicy)}}, stdlib::default_builtins(), {.passes = passes});
    EXPECT_NE(c->plan, nullptr) << dsl::render_text(c->sources, c->diagnostics.diagnostics());
    return c;
  }

  static size_t count(const plan::Plan& plan, uint32_t begin, uint32_t end, OpCode code) {
    return static_cast<size_t>(std::count_if(plan.ops.begin() + begin, plan.ops.begin() + end,
                                             [&](const plan::Op& op) { return op.code == code; }));
  }

  // The Decide ops of node `name` in [begin, end).
  static size_t decides_of(const plan::Plan& plan, uint32_t begin, uint32_t end, std::string_view name) {
    const auto node = std::find_if(plan.nodes.begin(), plan.nodes.end(),
                                   [&](const plan::NodeInfo& info) { return info.name == name; });
    EXPECT_NE(node, plan.nodes.end()) << name;
    const auto index = static_cast<uint32_t>(node - plan.nodes.begin());
    return static_cast<size_t>(std::count_if(plan.ops.begin() + begin, plan.ops.begin() + end, [&](const plan::Op& op) {
      return op.code == OpCode::Decide && op.a == index;
    }));
  }
};

TEST_F(PlanPasses, UntracedCodeIsACopyWithoutTheTracesWork) {
  const auto c = compile();
  const plan::Plan& plan = *c->plan;
  ASSERT_EQ(plan.entries.size(), 1u);
  const plan::Entry& entry = plan.entries[0];
  ASSERT_GE(entry.untraced_begin, entry.code_end);
  const uint32_t b = entry.untraced_begin, e = entry.untraced_end;
  EXPECT_LT(e - b, entry.code_end - entry.code_begin);
  // Reasons are rendered only for a trace.
  EXPECT_GT(count(plan, entry.code_begin, entry.code_end, OpCode::Reason), 0u);
  EXPECT_EQ(count(plan, b, e, OpCode::Reason), 0u);
  EXPECT_EQ(count(plan, b, e, OpCode::JumpIfUntraced), 0u);
  // A value only read as a value is computed into its node's slot...
  EXPECT_EQ(decides_of(plan, b, e, "price_words"), 0u);
  EXPECT_EQ(decides_of(plan, b, e, "risky"), 0u);
  // ...but the rule of a node the output names is recorded, and a node with
  // a fallback keeps its status (a later op asks whether it failed).
  EXPECT_GT(decides_of(plan, b, e, "topic"), 0u);
  EXPECT_GT(decides_of(plan, b, e, "total"), 0u);
  // The traced code is untouched.
  EXPECT_GT(decides_of(plan, entry.code_begin, entry.code_end, "price_words"), 0u);
}

TEST_F(PlanPasses, TracedCodeKeepsTheTracesWorkWithoutItsBranches) {
  const auto c = compile();
  const plan::Plan& plan = *c->plan;
  const plan::Entry& entry = plan.entries[0];
  ASSERT_GE(entry.traced_begin, entry.code_end);
  const uint32_t b = entry.traced_begin, e = entry.traced_end;
  EXPECT_EQ(count(plan, b, e, OpCode::JumpIfUntraced), 0u);
  EXPECT_EQ(count(plan, b, e, OpCode::Reason), count(plan, entry.code_begin, entry.code_end, OpCode::Reason));
  EXPECT_EQ(count(plan, b, e, OpCode::Decide), count(plan, entry.code_begin, entry.code_end, OpCode::Decide));
  for (uint32_t i = b; i < e; ++i) EXPECT_EQ(plan.ops[i].untraced, plan::kNoTarget) << "op " << i;
}

TEST_F(PlanPasses, KeywordCountsOfOneTextAreReadByOneOp) {
  const auto c = compile();
  const plan::Plan& plan = *c->plan;
  const plan::Entry& entry = plan.entries[0];
  EXPECT_EQ(count(plan, entry.code_begin, entry.code_end, OpCode::KeywordHits), 3u);
  EXPECT_EQ(count(plan, entry.untraced_begin, entry.untraced_end, OpCode::KeywordHits), 0u);
  ASSERT_EQ(count(plan, entry.untraced_begin, entry.untraced_end, OpCode::KeywordCounts), 1u);
  const auto counts = std::find_if(plan.ops.begin() + entry.untraced_begin, plan.ops.begin() + entry.untraced_end,
                                   [](const plan::Op& op) { return op.code == OpCode::KeywordCounts; });
  EXPECT_EQ(counts->aux, 3u);
}

TEST_F(PlanPasses, FieldsReadOneAfterAnotherAreReadByOneOp) {
  const auto c = compile();
  const plan::Plan& plan = *c->plan;
  const plan::Entry& entry = plan.entries[0];
  EXPECT_EQ(count(plan, entry.untraced_begin, entry.untraced_end, OpCode::Member), 0u);
  ASSERT_EQ(count(plan, entry.untraced_begin, entry.untraced_end, OpCode::Members), 1u);
  EXPECT_EQ(plan.ops[entry.untraced_begin].code, OpCode::Members);
  EXPECT_EQ(plan.ops[entry.untraced_begin].aux, count(plan, entry.code_begin, entry.code_end, OpCode::Member));
}

TEST_F(PlanPasses, EveryJumpOfTheUntracedCodeStaysInsideIt) {
  const auto c = compile();
  const plan::Plan& plan = *c->plan;
  const plan::Entry& entry = plan.entries[0];
  for (uint32_t i = entry.untraced_begin; i < entry.untraced_end; ++i) {
    plan::Op op = plan.ops[i];
    if (const uint32_t* target = plan::jump_target(op); target != nullptr && *target != plan::kNoTarget) {
      EXPECT_GE(*target, entry.untraced_begin) << "op " << i;
      EXPECT_LE(*target, entry.untraced_end) << "op " << i;
    }
    if (op.untraced != plan::kNoTarget) {
      EXPECT_GT(op.untraced, i + 1) << "op " << i;
      EXPECT_LE(op.untraced, entry.untraced_end) << "op " << i;
    }
  }
}

TEST_F(PlanPasses, WithThePassOffBothRunsShareOneCode) {
  const auto c = compile({.specialised_code = false});
  const plan::Entry& entry = c->plan->entries[0];
  EXPECT_EQ(entry.untraced_begin, entry.code_begin);
  EXPECT_EQ(entry.untraced_end, entry.code_end);
  EXPECT_EQ(entry.traced_begin, entry.code_begin);
  EXPECT_EQ(entry.traced_end, entry.code_end);
}

}  // namespace
}  // namespace charter::compiler
