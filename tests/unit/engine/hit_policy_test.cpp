// Decision tables, one small table per hit policy: unique, any, priority,
// first, output_order, rule_order, collect, and collect sum/min/max/count,
// each evaluated on events chosen to tell the policy from its neighbours.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

constexpr const char* kTables = R"(policy shop.tables version 1.0.0

enum Severity { Critical, Major, Minor }

record Parcel {
  id: String
  amount: Int
  country: String
  late: Bool = false
  damaged: Bool = false
  fragile: Bool = false
}

input Parcel

decision size : String = table unique {
  amount          || size
  small:  ..99      || "small"
  medium: 100..999  || "medium"
  large:  1000..    || "large"
} because "by amount"

decision region : String = table any {
  country                        || region
  eu:    {"FR", "DE", "IE"}      || "europe"
  euro:  {"FR", "DE"}            || "europe"
  world: not {"FR", "DE", "IE"}  || "world"
} because "by country"

decision severity : Severity = table priority {
  late | damaged | fragile || severity
  late:    true | -    | -    || Minor
  damaged: -    | true | -    || Critical
  fragile: -    | -    | true || Major
  none:    -    | -    | -    || Minor
} because "the most severe problem"

decision discount : Int = table first {
  amount  | country || discount
  big_fr: >= 1000 | "FR" || 15
  big:    >= 1000 | -    || 10
  fr:     -       | "FR" || 5
  none:   -       | -    || 0
} because "the first discount that applies"

decision by_severity : List<Severity> = table output_order {
  late | damaged | fragile || problem
  true | -    | -    || Minor
  -    | true | -    || Critical
  -    | -    | true || Major
} because "every problem, the most severe first"

decision as_listed : List<Severity> = table rule_order {
  late | damaged | fragile || problem
  true | -    | -    || Minor
  -    | true | -    || Critical
  -    | -    | true || Major
} because "every problem, in the order of the rows"

decision labels : List<String> = table collect {
  late | fragile || label
  true | -    || "late"
  -    | true || "handle with care"
} because "every label that applies"

decision fees : Int = table collect sum {
  late | damaged | fragile || fee
  true | -    | -    || 5
  -    | true | -    || 20
  -    | -    | true || 3
} because "the fees that apply"

decision lowest_rate : Number = table collect min {
  amount  | country || rate
  -       | -       || 0.2
  >= 100  | -       || 0.15
  >= 1000 | -       || 0.1
  -       | "FR"    || 0.12
} because "the best rate"

decision highest_tax : Number = table collect max {
  country      || tax
  -            || 0
  {"FR", "DE"} || 0.2
  "IE"         || 0.23
} because "the highest tax"

decision problems : Int = table collect count {
  late | damaged | fragile || problem
  true | -    | -    || 1
  -    | true | -    || 1
  -    | -    | true || 1
} because "how many problems"
)";

class HitPolicy : public PolicyTest {
 protected:
  HitPolicy() : PolicyTest(kTables) {}

  // The value of `decision` for a parcel with these fields besides its id.
  std::string value(const std::string& decision, const std::string& fields) {
    return decided(fields).at("/decisions/" + decision + "/value");
  }
  std::string rule(const std::string& decision, const std::string& fields) {
    return decided(fields).at("/decisions/" + decision + "/rule");
  }
  Json decided(const std::string& fields) {
    const std::string result(session_->evaluate(R"({"id":"p",)" + fields + "}"));
    EXPECT_TRUE(session_->last_ok()) << result;
    return Json(result);
  }
};

constexpr const char* kPlain = R"("amount":50,"country":"US")";

TEST_F(HitPolicy, UniqueGivesTheOneRowThatMatches) {
  EXPECT_EQ(value("size", R"("amount":99,"country":"US")"), "\"small\"");
  EXPECT_EQ(value("size", R"("amount":100,"country":"US")"), "\"medium\"");
  EXPECT_EQ(rule("size", R"("amount":100,"country":"US")"), "\"size.medium\"");
  EXPECT_EQ(rule("size", R"("amount":1000,"country":"US")"), "\"size.large\"");
}

TEST_F(HitPolicy, AnyAcceptsRowsThatAgree) {
  EXPECT_EQ(value("region", R"("amount":1,"country":"FR")"), "\"europe\"");  // two rows match
  EXPECT_EQ(value("region", R"("amount":1,"country":"IE")"), "\"europe\"");
  EXPECT_EQ(value("region", R"("amount":1,"country":"JP")"), "\"world\"");
  EXPECT_EQ(rule("region", R"("amount":1,"country":"JP")"), "\"region.world\"");
}

TEST_F(HitPolicy, PriorityGivesTheOutputThatComesFirstInItsEnum) {
  EXPECT_EQ(value("severity", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"), "\"Critical\"");
  EXPECT_EQ(rule("severity", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"),
            "\"severity.damaged\"");
  EXPECT_EQ(value("severity", R"("amount":1,"country":"US","late":true,"fragile":true)"), "\"Major\"");
  // Two rows give Minor: the first of them decides.
  EXPECT_EQ(rule("severity", R"("amount":1,"country":"US","late":true)"), "\"severity.late\"");
  EXPECT_EQ(rule("severity", kPlain), "\"severity.none\"");
}

TEST_F(HitPolicy, FirstGivesTheFirstRowThatMatches) {
  EXPECT_EQ(value("discount", R"("amount":5000,"country":"FR")"), "15");
  EXPECT_EQ(value("discount", R"("amount":5000,"country":"DE")"), "10");
  EXPECT_EQ(value("discount", R"("amount":10,"country":"FR")"), "5");
  EXPECT_EQ(value("discount", R"("amount":10,"country":"DE")"), "0");
  EXPECT_EQ(rule("discount", R"("amount":5000,"country":"DE")"), "\"discount.big\"");
}

TEST_F(HitPolicy, OutputOrderListsEveryOutputByPriority) {
  EXPECT_EQ(value("by_severity", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"),
            R"(["Critical","Major","Minor"])");
  EXPECT_EQ(value("by_severity", R"("amount":1,"country":"US","late":true,"fragile":true)"), R"(["Major","Minor"])");
  EXPECT_EQ(value("by_severity", kPlain), "[]");
}

TEST_F(HitPolicy, RuleOrderListsEveryOutputInRowOrder) {
  EXPECT_EQ(value("as_listed", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"),
            R"(["Minor","Critical","Major"])");
  EXPECT_EQ(value("as_listed", R"("amount":1,"country":"US","fragile":true)"), R"(["Major"])");
  EXPECT_EQ(value("as_listed", kPlain), "[]");
}

TEST_F(HitPolicy, CollectListsEveryOutput) {
  EXPECT_EQ(value("labels", R"("amount":1,"country":"US","late":true,"fragile":true)"), R"(["late","handle with care"])");
  EXPECT_EQ(value("labels", R"("amount":1,"country":"US","fragile":true)"), R"(["handle with care"])");
  EXPECT_EQ(value("labels", kPlain), "[]");
}

TEST_F(HitPolicy, CollectSumAddsTheOutputs) {
  EXPECT_EQ(value("fees", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"), "28");
  EXPECT_EQ(value("fees", R"("amount":1,"country":"US","late":true,"fragile":true)"), "8");
  EXPECT_EQ(value("fees", kPlain), "0") << "no row: nothing to pay";
}

TEST_F(HitPolicy, CollectMinGivesTheSmallestOutput) {
  EXPECT_EQ(value("lowest_rate", R"("amount":50,"country":"DE")"), "0.2");
  EXPECT_EQ(value("lowest_rate", R"("amount":500,"country":"DE")"), "0.15");
  EXPECT_EQ(value("lowest_rate", R"("amount":500,"country":"FR")"), "0.12");
  EXPECT_EQ(value("lowest_rate", R"("amount":5000,"country":"FR")"), "0.1");
}

TEST_F(HitPolicy, CollectMaxGivesTheLargestOutput) {
  EXPECT_EQ(value("highest_tax", R"("amount":1,"country":"US")"), "0");
  EXPECT_EQ(value("highest_tax", R"("amount":1,"country":"DE")"), "0.2");
  EXPECT_EQ(value("highest_tax", R"("amount":1,"country":"IE")"), "0.23");
}

TEST_F(HitPolicy, CollectCountCountsTheRowsThatMatch) {
  EXPECT_EQ(value("problems", R"("amount":1,"country":"US","late":true,"damaged":true,"fragile":true)"), "3");
  EXPECT_EQ(value("problems", R"("amount":1,"country":"US","damaged":true)"), "1");
  EXPECT_EQ(value("problems", kPlain), "0");
}

// ------------------------------------------------------------ what the policies refuse

std::string load_report(const std::string& policy) {
  const TempBundle bundle(policy);
  std::string report;
  EXPECT_EQ(Engine::load(bundle.root(), &report), nullptr) << "the bundle should not compile";
  return report;
}

TEST(HitPolicyChecks, AUniqueTableWithRowsThatOverlapDoesNotCompile) {
  const std::string report = load_report(R"(policy t version 1.0.0
record Event { id: String, amount: Int }
input Event
decision size : String = table unique {
  amount   || size
  small: ..100  || "small"
  large: 100..  || "large"
} because "by amount"
)");
  EXPECT_NE(report.find("E0423"), std::string::npos) << report;
  EXPECT_NE(report.find("amount"), std::string::npos) << "the report gives an example: " << report;
}

TEST(HitPolicyChecks, AnAnyTableWithRowsThatDisagreeDoesNotCompile) {
  const std::string report = load_report(R"(policy t version 1.0.0
record Event { id: String, country: String }
input Event
decision region : String = table any {
  country          || region
  eu: {"FR", "DE"} || "europe"
  fr: "FR"         || "france"
  -                || "world"
} because "by country"
)");
  EXPECT_NE(report.find("E0423"), std::string::npos) << report;
}

TEST(HitPolicyChecks, ACollectMinWithNoRowIsNotEvaluable) {
  const TempBundle bundle(R"(policy t version 1.0.0
record Event { id: String, country: String }
input Event
decision cheapest : Int = table collect min {
  country || price
  "FR"    || 10
  "DE"    || 12
} because "the cheapest price"
)");
  const auto engine = load_engine(bundle.root());
  ASSERT_NE(engine, nullptr);
  const auto session = engine->session();
  EXPECT_EQ(Json(session->evaluate(R"({"id":"m-1","country":"DE"})")).at("/decisions/cheapest/value"), "12");
  Json json(session->evaluate(R"({"id":"m-2","country":"US"})"));
  EXPECT_FALSE(session->last_ok());
  EXPECT_EQ(json.at("/error/code"), "\"E0907\"");
  EXPECT_EQ(json.at("/error/path"), "\"cheapest\"");
  EXPECT_EQ(json.at("/event_id"), "\"m-2\"");
  EXPECT_EQ(json.at("/decisions"), "<absent>");
}

}  // namespace
}  // namespace charter::test
