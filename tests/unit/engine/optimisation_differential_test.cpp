// The optimisation passes change how a plan computes, never what it
// decides: each bundle compiled with every pass off and with every pass on
// gives byte-identical decisions, traces and explanations for its events.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "compiler/plan/plan.hpp"
#include "engine/eval/scratch.hpp"
#include "engine/trace/explain.hpp"
#include "tests/unit/engine/engine_test_support.hpp"

namespace charter::test {
namespace {

// Everything an event gives: the decision, the decision with its trace, and
// the explanations of `charter explain` in words and as JSON.
std::vector<std::string> everything(const Engine& engine, const std::vector<std::string>& events) {
  std::vector<std::string> out;
  const auto session = engine.session();
  engine::Scratch scratch(engine.plan());
  for (const std::string& event : events) {
    out.emplace_back(session->evaluate(event));
    out.emplace_back(session->evaluate(event, {.explain = true}));
    for (const auto format : {engine::ExplainFormat::Text, engine::ExplainFormat::Json}) {
      out.push_back(engine::explain_event(engine.plan(), scratch, event, format, {}));
    }
  }
  return out;
}

bool same_ops(const plan::Plan& a, const plan::Plan& b) {
  return std::equal(a.ops.begin(), a.ops.end(), b.ops.begin(), b.ops.end(), [](const plan::Op& x, const plan::Op& y) {
    return x.code == y.code && x.aux == y.aux && x.dst == y.dst && x.a == y.a && x.b == y.b && x.c == y.c;
  });
}

using OptimisationDifferential = CorpusTest;

TEST_P(OptimisationDifferential, PassesOnAndOffGiveTheSameBytes) {
  const auto& optimised = engine_;
  const auto unoptimised = load_engine(bundle_, {.optimise = false});
  ASSERT_NE(unoptimised, nullptr);
  // The comparison means something only if the passes changed the plan.
  ASSERT_FALSE(same_ops(optimised->plan(), unoptimised->plan()));

  const std::vector<std::string> expected = everything(*unoptimised, events_);
  const std::vector<std::string> actual = everything(*optimised, events_);
  ASSERT_EQ(actual.size(), expected.size());
  for (size_t i = 0; i < actual.size(); ++i) {
    // Four results per event: plain, traced, text, JSON.
    EXPECT_EQ(actual[i], expected[i]) << "event " << events_[i / 4] << ", result " << i % 4;
  }
}

INSTANTIATE_TEST_SUITE_P(Bundles, OptimisationDifferential, testing::ValuesIn(corpora()), corpus_name);

}  // namespace
}  // namespace charter::test
