// Counterfactuals and their wording: tests checked again from values, what
// the trace fills in, what would have to change, and the sentences of
// `charter explain` for small policies evaluated end to end.
#include <gtest/gtest.h>

#include <simdjson.h>

#include <string>
#include <vector>

#include "compiler/pipeline.hpp"
#include "dsl/diag/render.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/condition_check.hpp"
#include "engine/trace/counterfactuals.hpp"
#include "engine/trace/explain.hpp"
#include "engine/trace/wording.hpp"
#include "stdlib/core/operators.hpp"
#include "stdlib/registry/default_builtins.hpp"

namespace charter::engine {
namespace {

using plan::ConditionTest;
using stdlib::CompareOp;
using stdlib::Value;

ConditionTest compare(CompareOp op, Value limit, std::string subject = "x") {
  ConditionTest t;
  t.kind = ConditionTest::Kind::Compare;
  t.compare = static_cast<uint8_t>(op);
  t.values = {limit};
  t.subject = subject;
  t.text = subject + " ? limit";
  return t;
}

ConditionTest flag(bool negated, std::string subject = "flag") {
  ConditionTest t;
  t.kind = ConditionTest::Kind::Flag;
  t.negated = negated;
  t.subject = subject;
  t.text = (negated ? "not " : "") + subject;
  return t;
}

ConditionTest other(std::string text) {
  ConditionTest t;
  t.text = std::move(text);
  return t;
}

TestState state(Truth truth, std::optional<Value> value = std::nullopt) { return {truth, value}; }

// ------------------------------------------------------------ checking tests

struct TestCase {
  const char* name;
  ConditionTest test;
  std::optional<Value> value;
  Truth expected;
};

TEST(ConditionCheck, ChecksEachKindOfTestAgainstAValue) {
  ConditionTest in;
  in.kind = ConditionTest::Kind::In;
  in.values = {Value::integer(1), Value::integer(3)};
  ConditionTest not_in = in;
  not_in.negated = true;
  ConditionTest range;
  range.kind = ConditionTest::Kind::InRange;
  range.values = {Value::integer(70), Value::integer(84)};
  ConditionTest exists;
  exists.kind = ConditionTest::Kind::Exists;
  const std::vector<TestCase> cases = {
      {"ge holds", compare(CompareOp::Ge, Value::number(0.9)), Value::number(0.95), Truth::True},
      {"ge fails", compare(CompareOp::Ge, Value::number(0.9)), Value::number(0.5), Truth::False},
      {"int against number", compare(CompareOp::Lt, Value::number(0.5)), Value::integer(0), Truth::True},
      {"enum by ordinal", compare(CompareOp::Eq, Value::enumeration(7, 2)), Value::enumeration(7, 2), Truth::True},
      {"enum differs", compare(CompareOp::Ne, Value::enumeration(7, 2)), Value::enumeration(7, 1), Truth::True},
      {"flag", flag(false), Value::boolean(true), Truth::True},
      {"not flag", flag(true), Value::boolean(true), Truth::False},
      {"in", in, Value::integer(3), Truth::True},
      {"not in", not_in, Value::integer(3), Truth::False},
      {"in range", range, Value::integer(84), Truth::True},
      {"out of range", range, Value::integer(85), Truth::False},
      {"exists", exists, Value::missing(), Truth::False},
      {"missing is unknown", compare(CompareOp::Eq, Value::integer(1)), Value::missing(), Truth::Unknown},
      {"not computed", compare(CompareOp::Eq, Value::integer(1)), std::nullopt, Truth::Unknown},
      {"other", other("hits(text, SPAM) >= 2"), Value::integer(1), Truth::Unknown},
  };
  for (const TestCase& c : cases) EXPECT_EQ(check_test(c.test, c.value).truth, c.expected) << c.name;
}

TEST(ConditionCheck, TheTraceFillsInWhatCannotBeChecked) {
  // `a and <call>` did not hold and `a` held: the call did not.
  CheckedCondition failed = combine({{state(Truth::True), state(Truth::Unknown)}}, Truth::False);
  EXPECT_EQ(failed.tests[0][1].truth, Truth::False);
  // Two unknown parts: nothing can be said of either.
  failed = combine({{state(Truth::Unknown), state(Truth::Unknown)}}, Truth::False);
  EXPECT_EQ(failed.tests[0][0].truth, Truth::Unknown);
  // `a or (b and <call>)` held and `a` did not: b and the call held.
  const CheckedCondition held = combine({{state(Truth::False)}, {state(Truth::True), state(Truth::Unknown)}}, Truth::True);
  EXPECT_EQ(held.tests[1][1].truth, Truth::True);
  EXPECT_EQ(held.alternatives[1], Truth::True);
}

TEST(ConditionCheck, NamesWhatWouldMakeAConditionFailOrHold) {
  const plan::ConditionTests tests = {{flag(false, "a"), flag(false, "b")}, {flag(false, "c")}};
  // a and b held, c did not: breaking either a or b is enough.
  const CheckedCondition held = combine({{state(Truth::True), state(Truth::True)}, {state(Truth::False)}}, Truth::True);
  const auto fail = ways_to_fail(tests, held);
  ASSERT_EQ(fail.size(), 1u);
  ASSERT_EQ(fail[0].size(), 2u);
  EXPECT_EQ(fail[0][0].test->subject, "a");
  EXPECT_FALSE(fail[0][0].to_hold);
  // Nothing held: the alternative with the fewest failed tests is the way.
  const CheckedCondition none = combine({{state(Truth::False), state(Truth::False)}, {state(Truth::False)}}, Truth::False);
  const auto hold = way_to_hold(tests, none);
  ASSERT_TRUE(hold);
  ASSERT_EQ(hold->size(), 1u);
  EXPECT_EQ((*hold)[0].test->subject, "c");
  EXPECT_TRUE((*hold)[0].to_hold);
  // An alternative with a part nobody can check gives no way.
  const CheckedCondition open = combine({{state(Truth::Unknown), state(Truth::Unknown)}}, Truth::Unknown);
  EXPECT_FALSE(way_to_hold({{other("x"), other("y")}}, open));
}

TEST(ConditionCheck, ACloseComparisonIsNearItsThreshold) {
  struct Near {
    CompareOp op;
    Value limit, value;
    bool near;
  };
  const std::vector<Near> cases = {
      {CompareOp::Ge, Value::integer(85), Value::integer(80), true},
      {CompareOp::Ge, Value::integer(85), Value::integer(70), false},
      {CompareOp::Lt, Value::number(0.6), Value::number(0.65), true},
      {CompareOp::Lt, Value::number(0.6), Value::number(0.8), false},
      {CompareOp::Ge, Value::integer(1), Value::integer(0), false},  // a count of none is not close to one
      {CompareOp::Eq, Value::integer(85), Value::integer(84), false},
  };
  for (const Near& c : cases) {
    const ConditionTest t = compare(c.op, c.limit);
    EXPECT_EQ(near_threshold(t, check_test(t, c.value)), c.near) << c.value.as_double() << " against " << c.limit.as_double();
  }
}

TEST(Wording, SaysWhatATestWouldHaveToBe) {
  const plan::Plan plan;
  ConditionTest in;
  in.kind = ConditionTest::Kind::In;
  in.values = {Value::string("Owner"), Value::string("CEO")};
  ConditionTest range;
  range.kind = ConditionTest::Kind::InRange;
  range.values = {Value::integer(70), Value::integer(84)};
  struct Phrase {
    ConditionTest test;
    bool to_hold;
    const char* expected;
  };
  const std::vector<Phrase> cases = {
      {compare(CompareOp::Ge, Value::number(0.9)), true, "at least 0.9"},
      {compare(CompareOp::Ge, Value::number(0.9)), false, "below 0.9"},
      {compare(CompareOp::Eq, Value::string("client")), false, "other than \"client\""},
      {compare(CompareOp::Le, Value::integer(39)), false, "above 39"},
      {flag(false), false, "false"},
      {flag(true), false, "true"},
      {in, true, "one of \"Owner\" or \"CEO\""},
      {in, false, "none of \"Owner\" and \"CEO\""},
      {range, true, "between 70 and 84"},
      {range, false, "below 70 or above 84"},
  };
  for (const Phrase& c : cases) EXPECT_EQ(wanted(c.test, c.to_hold, plan), c.expected);
  EXPECT_EQ(display_name("sender_type"), "Sender type");
  EXPECT_EQ(short_location("policies/mwms/intake/route.charter:31:3", "policies/mwms"), "intake/route.charter:31");
  EXPECT_EQ(join_words({"a", "b", "c"}, "or"), "a, b or c");
}

// ------------------------------------------------------------ end to end

constexpr const char* kPolicy = R"(policy shop.intake version 1.0.0

enum Tier { Bronze, Silver, Gold }
enum Desk { Priority, Regular, Manual }

record Event {
  id: String
  tier: Tier
  spend: Number
  blocked: Bool = false
  verified: Bool = true
  country: String
}

input Event

decision desk : Desk {
  gold: when tier == Gold and spend >= 1000 => Priority because "a gold customer who spends"
  big: when spend >= 5000 => Priority because "a big spender"
  manual: when not verified => Manual because "the customer is not verified"
  otherwise => table first {
    tier   | country || desk
    silver: Silver | "FR" || Priority
    -      | -    || Regular
  } because "the usual desk"
}

gate ship {
  blocked: deny when blocked because "the account is blocked"
  export: review when country not in {"FR", "DE"} because "exports are checked"
  allow because "nothing stands in the way"
}

decision express : Bool = ship == Allow and spend >= 200 and verified
  because "allowed, paid enough and verified"
)";

class Explained : public testing::Test {
 protected:
  void SetUp() override {
    compilation_ = compiler::compile_sources({{"shop.charter", kPolicy}}, stdlib::default_builtins());
    ASSERT_NE(compilation_->plan, nullptr)
        << dsl::render_text(compilation_->sources, compilation_->diagnostics.diagnostics());
    scratch_ = std::make_unique<Scratch>(*compilation_->plan);
  }

  // Evaluates the event; returns the text explanation.
  std::string explain(const std::string& event) {
    bool ok = false;
    std::string text = explain_event(plan(), *scratch_, event, ExplainFormat::Text, {}, &ok);
    EXPECT_TRUE(ok) << text;
    return text;
  }

  NodeCounterfactuals of(const std::string& name) {
    const TableIndex tables(plan());
    for (uint32_t n = 0; n < plan().nodes.size(); ++n) {
      if (plan().nodes[n].name == name) return find_counterfactuals(plan(), plan().entries[0], *scratch_, tables, n);
    }
    ADD_FAILURE() << "no node " << name;
    return {};
  }

  const plan::Plan& plan() const { return *compilation_->plan; }
  const std::string& rule(uint32_t index) const { return plan().rules[index].id; }

  std::unique_ptr<compiler::Compilation> compilation_;
  std::unique_ptr<Scratch> scratch_;
};

TEST_F(Explained, ADenyingGateSaysWhatWouldHaveToChangeAndWhatItWouldThenSay) {
  explain(R"({"id":"e1","tier":"Bronze","spend":10,"blocked":true,"country":"US"})");
  const NodeCounterfactuals ship = of("ship");
  EXPECT_EQ(ship.verdict, kDeny);
  ASSERT_EQ(ship.lifts.size(), 1u);
  EXPECT_EQ(rule(ship.lifts[0].rule), "ship.blocked");
  ASSERT_EQ(ship.lifts[0].changes.size(), 1u);
  EXPECT_EQ(ship.lifts[0].changes[0][0].test->subject, "blocked");
  // Not blocked, the export rule (not tried: Deny had settled it) would hold.
  ASSERT_TRUE(ship.then);
  EXPECT_TRUE(ship.then->decided);
  EXPECT_EQ(ship.then->verdict, kReview);
  EXPECT_EQ(rule(ship.then->rule), "ship.export");
  EXPECT_NE(explain(R"({"id":"e1","tier":"Bronze","spend":10,"blocked":true,"country":"US"})")
                .find("To avoid Deny: `blocked` would have to be false. It would then be Review (ship.export)."),
            std::string::npos);
}

TEST_F(Explained, AReviewingGateSaysHowToAllow) {
  const std::string text = explain(R"({"id":"e2","tier":"Silver","spend":300,"country":"US"})");
  // A set's values are sorted, as the set itself is: "DE" before "FR".
  EXPECT_NE(text.find("To allow: `country` would have to be one of \"DE\" or \"FR\"."), std::string::npos) << text;
}

TEST_F(Explained, ADecisionListsTheRulesTriedFirstAndTheNearMisses) {
  explain(R"({"id":"e3","tier":"Gold","spend":900,"verified":false,"country":"FR"})");
  const NodeCounterfactuals desk = of("desk");
  ASSERT_EQ(desk.not_applied.size(), 2u);
  EXPECT_EQ(rule(desk.not_applied[0]), "desk.gold");
  EXPECT_EQ(rule(desk.not_applied[1]), "desk.big");
  // tier == Gold held, spend >= 1000 did not: one change away.
  ASSERT_EQ(desk.near_misses.size(), 1u);
  EXPECT_EQ(rule(desk.near_misses[0].rule), "desk.gold");
  EXPECT_EQ(desk.near_misses[0].change.test->subject, "spend");
  const std::string text = explain(R"({"id":"e3","tier":"Gold","spend":900,"verified":false,"country":"FR"})");
  EXPECT_NE(text.find("desk.gold (Priority) would have applied if `spend` were at least 1000 (it is 900)."),
            std::string::npos)
      << text;
}

TEST_F(Explained, ATableRowThatAlmostMatchedIsANearMiss) {
  explain(R"({"id":"e4","tier":"Silver","spend":100,"country":"DE"})");
  const NodeCounterfactuals desk = of("desk");
  ASSERT_EQ(desk.near_misses.size(), 1u);
  EXPECT_EQ(rule(desk.near_misses[0].rule), "desk.silver");
  EXPECT_EQ(desk.near_misses[0].change.test->subject, "country");
  EXPECT_EQ(scratch_->nodes[desk.node].rule, desk.near_misses[0].rule + 1);  // the catch-all row decided
}

TEST_F(Explained, ABoolDecidedByAConditionSaysWhatWouldTurnIt) {
  const std::string text = explain(R"({"id":"e5","tier":"Bronze","spend":150,"country":"FR"})");
  const NodeCounterfactuals express = of("express");
  EXPECT_TRUE(express.flip_to);
  ASSERT_EQ(express.flip.size(), 1u);  // only `spend >= 200` failed
  EXPECT_NE(text.find("It would be true if `spend` were at least 200 (it is 150)."), std::string::npos) << text;
}

TEST_F(Explained, TheJsonFormatAddsCounterfactualsToTheDecision) {
  bool ok = false;
  const std::string json = explain_event(plan(), *scratch_, R"({"id":"e6","tier":"Bronze","spend":10,"blocked":true,"country":"US"})",
                                         ExplainFormat::Json, {}, &ok);
  ASSERT_TRUE(ok) << json;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS) << json;
  simdjson::dom::array counterfactuals;
  ASSERT_EQ(root["counterfactuals"].get_array().get(counterfactuals), simdjson::SUCCESS) << json;
  bool lift = false;
  for (simdjson::dom::element entry : counterfactuals) {
    std::string_view kind, decision;
    ASSERT_EQ(entry["kind"].get_string().get(kind), simdjson::SUCCESS);
    ASSERT_EQ(entry["decision"].get_string().get(decision), simdjson::SUCCESS);
    if (kind == "lift" && decision == "ship") lift = true;
  }
  EXPECT_TRUE(lift) << json;
  simdjson::dom::array explanation;
  EXPECT_EQ(root["explanation"].get_array().get(explanation), simdjson::SUCCESS) << json;
}

TEST_F(Explained, ARejectedEventIsReportedNotExplained) {
  bool ok = true;
  const std::string text = explain_event(plan(), *scratch_, R"({"id":"bad","tier":"Platinum"})", ExplainFormat::Text, {}, &ok);
  EXPECT_FALSE(ok);
  EXPECT_EQ(text.rfind("bad: not decided — ", 0), 0u) << text;
}

}  // namespace
}  // namespace charter::engine
