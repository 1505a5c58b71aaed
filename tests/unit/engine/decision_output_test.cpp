// Decisions out: keys in a stable order whatever the order of the event's
// keys, numbers in one deterministic form, and the same bytes for the same
// event and bundle — run after run, engine after engine, and whatever the
// number of threads of a batch.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

// ------------------------------------------------------------ key order

constexpr const char* kShaped = R"(policy shop.shaped version 1.0.0

record Event {
  id: String
  a: Number
  b: Number
  n: Int
  at: Time
}

input Event

decision sum : Number = a + b because "a plus b"
decision product : Number = a * b because "a times b"
decision quotient : Number = a / b because "a divided by b"
decision many : Bool = n > 100 because "more than a hundred"

output {
  zeta: id,
  alpha: { sum: sum, product: product, quotient: quotient },
  mid: { second: n, first: many },
  at: at,
}
)";

constexpr const char* kUnshaped = R"(policy shop.unshaped version 2.1.0

record Event {
  id: String
  amount: Int
}

input Event

decision size : String {
  small: when amount < 10 => "small" because "under ten"
  otherwise => "large" because "ten or more"
}
decision double : Int = amount * 2 because "twice {amount}"
decision half_large : Bool = size == "large" and double > 100 because "large and doubled past 100"
)";

// An output record declared with its keys out of alphabetical order.
class Shaped : public PolicyTest {
 protected:
  Shaped() : PolicyTest(kShaped) {}
};

// No output record: every decision is written.
class Unshaped : public PolicyTest {
 protected:
  Unshaped() : PolicyTest(kUnshaped, "2.1.0") {}
};

TEST_F(Shaped, AnOutputRecordKeepsTheOrderItIsDeclaredIn) {
  Json json(session_->evaluate(R"({"at":"2026-08-04T09:30:00+01:00","n":3,"b":2,"a":1,"id":"k-1"})"));
  EXPECT_EQ(json.keys(), (std::vector<std::string>{"zeta", "alpha", "mid", "at"}));
  EXPECT_EQ(json.keys("/alpha"), (std::vector<std::string>{"sum", "product", "quotient"}));
  EXPECT_EQ(json.keys("/mid"), (std::vector<std::string>{"second", "first"}));
  EXPECT_EQ(json.at("/at"), R"("2026-08-04T08:30:00Z")") << "instants are written in UTC";
}

TEST_F(Shaped, TheOrderOfTheEventsKeysDoesNotChangeTheBytes) {
  const std::string forwards(session_->evaluate(R"({"id":"k-2","a":1.5,"b":2,"n":3,"at":"2026-01-01T00:00:00Z"})"));
  const std::string backwards(session_->evaluate(R"({"at":"2026-01-01T00:00:00Z","n":3,"b":2,"a":1.5,"id":"k-2"})"));
  EXPECT_EQ(forwards, backwards);
  EXPECT_EQ(forwards,
            R"({"zeta":"k-2","alpha":{"sum":3.5,"product":3,"quotient":0.75},"mid":{"second":3,"first":false},)"
            R"("at":"2026-01-01T00:00:00Z"})");
}

TEST_F(Unshaped, WithoutAnOutputRecordEveryDecisionIsWrittenInEvaluationOrder) {
  const std::string result(session_->evaluate(R"({"amount":60,"id":"k-3"})"));
  Json json(result);
  EXPECT_EQ(json.keys(), (std::vector<std::string>{"event_id", "policy", "decisions"}));
  EXPECT_EQ(json.keys("/policy"), (std::vector<std::string>{"bundle", "version", "digest"}));
  EXPECT_EQ(json.at("/policy/version"), "\"2.1.0\"");
  EXPECT_EQ(json.at("/policy/digest"), "\"" + engine_->digest() + "\"");
  // `half_large` reads both others, so it comes after them.
  const std::vector<std::string> decisions = json.keys("/decisions");
  ASSERT_EQ(decisions.size(), 3u) << result;
  EXPECT_EQ(decisions.back(), "half_large");
  for (const std::string& decision : decisions) {
    EXPECT_EQ(json.keys("/decisions/" + decision), (std::vector<std::string>{"value", "rule"})) << decision;
  }
  EXPECT_EQ(json.at("/decisions/half_large/value"), "true");
  EXPECT_EQ(json.at("/decisions/size/rule"), "\"size.otherwise\"");
}

TEST_F(Unshaped, TheExplanationComesLastWhenAskedFor) {
  const std::string plain(session_->evaluate(R"({"amount":3,"id":"k-4"})"));
  const std::string explained(session_->evaluate(R"({"amount":3,"id":"k-4"})", {.explain = true}));
  Json json(explained);
  EXPECT_EQ(json.keys(), (std::vector<std::string>{"event_id", "policy", "decisions", "explanation"}));
  EXPECT_EQ(json.at("/explanation/0/decision"), "\"size\"");
  EXPECT_EQ(json.at("/explanation/0/because"), "\"under ten\"");
  // Everything before the explanation is the plain decision.
  EXPECT_EQ(explained.substr(0, plain.size() - 1), plain.substr(0, plain.size() - 1));
  // Tracing alone keeps the decision as it is.
  EXPECT_EQ(std::string(session_->evaluate(R"({"amount":3,"id":"k-4"})", {.trace = true})), plain);
  EXPECT_EQ(Json(session_->last_explanation()).at("/0/rule"), "\"size.small\"");
}

// ------------------------------------------------------------ numbers

struct NumberCase {
  const char* a;
  const char* b;
  const char* sum;
  const char* product;
  const char* quotient;
};

TEST_F(Shaped, NumbersAreWrittenInTheirShortestRoundTripForm) {
  const std::vector<NumberCase> cases = {
      {"0.1", "0.2", "0.30000000000000004", "0.020000000000000004", "0.5"},
      {"1", "3", "4", "3", "0.3333333333333333"},
      {"2.5", "2", "4.5", "5", "1.25"},
      {"1e21", "1e-7", "1e+21", "1e+14", "1e+28"},
      {"-0.5", "0.25", "-0.25", "-0.125", "-2"},
      {"123456789.125", "1000", "123457789.125", "123456789125", "123456.789125"},
      {"1.0", "1E2", "101", "100", "0.01"},
      {"0.000001", "1", "1.000001", "1e-06", "1e-06"},
  };
  for (const NumberCase& c : cases) {
    const std::string event = std::string(R"({"id":"n","n":1,"at":"2026-01-01T00:00:00Z","a":)") + c.a + ",\"b\":" + c.b + "}";
    // The bytes themselves: a JSON parser would write the numbers its own way.
    EXPECT_EQ(session_->evaluate(event), std::string(R"({"zeta":"n","alpha":{"sum":)") + c.sum + ",\"product\":" + c.product +
                                             ",\"quotient\":" + c.quotient +
                                             R"(},"mid":{"second":1,"first":false},"at":"2026-01-01T00:00:00Z"})")
        << event;
  }
}

TEST_F(Unshaped, IntegersAreWrittenExactly) {
  // Beyond 2^53, where a double would round.
  Json json(session_->evaluate(R"({"id":"i","amount":2305843009213693953})"));
  EXPECT_EQ(json.at("/decisions/double/value"), "4611686018427387906");
}

// ------------------------------------------------------------ determinism

using Deterministic = CorpusTest;

TEST_P(Deterministic, RepeatedRunsGiveTheSameBytes) {
  for (const EvaluateOptions options : {EvaluateOptions{}, EvaluateOptions{.explain = true}}) {
    const std::vector<std::string> first = evaluate_all(*engine_, events_, options);
    // The same session again, in reverse order: nothing of one event stays for the next.
    const auto session = engine_->session();
    for (const std::string& event : events_) session->evaluate(event, options);
    for (size_t i = events_.size(); i-- > 0;) EXPECT_EQ(session->evaluate(events_[i], options), first[i]) << events_[i];
  }
}

TEST_P(Deterministic, AnotherEngineForTheSameBundleGivesTheSameBytes) {
  // A copy in another folder is compiled again: a separate plan, the same digest.
  const TempBundle copy(std::map<std::string, std::string>{});
  fs::copy(bundle_, copy.root(), fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  const auto other = load_engine(copy.root());
  ASSERT_NE(other, nullptr);
  ASSERT_NE(&other->plan(), &engine_->plan());
  EXPECT_EQ(other->digest(), engine_->digest());
  EXPECT_EQ(evaluate_all(*other, events_), evaluate_all(*engine_, events_));
}

TEST_P(Deterministic, ABatchOnSeveralThreadsGivesTheBytesOfOneThread) {
  // Enough events that every thread has several, some threads more than others.
  std::vector<std::string> many;
  for (int round = 0; round < 7; ++round) many.insert(many.end(), events_.begin(), events_.end());
  for (const EvaluateOptions options : {EvaluateOptions{}, EvaluateOptions{.explain = true}}) {
    const std::vector<std::string> one = engine_->evaluate_batch(views(many), options, 1);
    ASSERT_EQ(one, evaluate_all(*engine_, many, options));
    for (unsigned threads : {2u, 3u, 8u}) EXPECT_EQ(engine_->evaluate_batch(views(many), options, threads), one) << threads;
  }
}

INSTANTIATE_TEST_SUITE_P(Bundles, Deterministic, testing::ValuesIn(corpora()), corpus_name);

}  // namespace
}  // namespace charter::test
