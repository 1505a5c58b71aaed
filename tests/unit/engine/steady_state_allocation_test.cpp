// No allocation per event in the steady state: once a session has seen its
// events, evaluating them again allocates nothing — every buffer of the
// Scratch keeps its capacity and the arena reuses its blocks. A global
// operator new counts allocations (tests/support/counting_allocator.cpp), so
// this file is an executable of its own.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/support/counting_allocator.hpp"
#include "tests/unit/engine/engine_test_support.hpp"

using charter::test_support::allocations;
using charter::test_support::counting;

namespace charter::test {
namespace {

// Builtins that allocate on every call, per corpus whose bundle uses them:
// the engine's own work allocates nothing, but these are called in its loop.
std::string allocating_builtins(const Corpus& corpus) {
  if (std::string_view(corpus.name) != "IntakeExample") return "";
  return "std.contact.email (std::string temporaries in parse_address: collapse_spaces, ascii_lower) and "
         "std.contact.phone (libphonenumber: PhoneNumberUtil::Parse, GetNumberType, GetRegionCodeForNumber) "
         "allocate on every call";
}

class SteadyState : public CorpusTest {
 protected:
  void SetUp() override {
    if (const std::string known = allocating_builtins(GetParam()); !known.empty()) GTEST_SKIP() << known;
    CorpusTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // Only decided events: a rejected one builds its error message.
    const auto session = engine_->session();
    std::erase_if(events_, [&](const std::string& event) {
      session->evaluate(event);
      return !session->last_ok();
    });
    ASSERT_FALSE(events_.empty());
  }

  // Allocations made while `session` evaluates every event `rounds` times,
  // after one warm-up round.
  size_t allocations_after_warm_up(Session& session, const EvaluateOptions& options, int rounds) {
    for (const std::string& event : events_) session.evaluate(event, options);
    size_t decided = 0;
    allocations = 0;
    counting = true;
    for (int round = 0; round < rounds; ++round) {
      for (const std::string& event : events_) {
        session.evaluate(event, options);
        decided += session.last_ok() ? 1 : 0;
      }
    }
    counting = false;
    EXPECT_EQ(decided, events_.size() * static_cast<size_t>(rounds));
    return allocations;
  }
};

TEST_P(SteadyState, EvaluatingAllocatesNothingAfterWarmUp) {
  const auto session = engine_->session();
  EXPECT_EQ(allocations_after_warm_up(*session, {}, 20), 0u);
}

TEST_P(SteadyState, TracingAllocatesNothingAfterWarmUp) {
  const auto session = engine_->session();
  EXPECT_EQ(allocations_after_warm_up(*session, {.explain = true}, 5), 0u);
}

// Values written as text: instants, dates and durations in the output and in
// reasons, numbers interpolated into reasons.
constexpr const char* kTemporal = R"(policy t version 1.0.0
record Event {
  id: String
  at: Time
  day: Date
  wait: Duration
  amount: Number
}
input Event
decision later : Time = at + wait because "{at} plus {wait} is {at + wait}, {amount} due on {day}"
decision overdue : Bool = wait > 48h because "waited {wait} since {at}"
output { id: id, later: later, day: day, wait: wait, overdue: overdue, why: reason(later) }
)";

TEST(SteadyStateValues, WritingTimesDatesAndDurationsAllocatesNothingAfterWarmUp) {
  const TempBundle bundle(kTemporal);
  const auto engine = load_engine(bundle.root());
  ASSERT_NE(engine, nullptr);
  const auto session = engine->session();
  const std::string event =
      R"({"id":"t-1","at":"2026-08-04T09:30:00.250+01:00","day":"2026-08-05","wait":"50h30m","amount":12.5})";
  session->evaluate(event, {.explain = true});
  ASSERT_TRUE(session->last_ok()) << session->evaluate(event);
  allocations = 0;
  counting = true;
  for (int i = 0; i < 50; ++i) session->evaluate(event, {.explain = true});
  counting = false;
  EXPECT_EQ(allocations, 0u);
}

TEST(SteadyStateCounter, CountsAnAllocation) {
  // The tests above can fail: the counter sees every allocation made while
  // it counts (a call, not a new-expression, so it cannot be optimised away).
  allocations = 0;
  counting = true;
  void* block = ::operator new(64);
  counting = false;
  ::operator delete(block);
  EXPECT_EQ(allocations, 1u);
}

INSTANTIATE_TEST_SUITE_P(Bundles, SteadyState, testing::ValuesIn(corpora()), corpus_name);

}  // namespace
}  // namespace charter::test
