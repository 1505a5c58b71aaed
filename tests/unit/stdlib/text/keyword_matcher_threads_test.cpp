// One prepared matcher (and one prepared regular expression) shared by
// several threads, each with its own scan state: the answers equal those of a
// single thread. Also: after warm-up, scanning allocates nothing.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/regex.hpp"
#include "tests/support/counting_allocator.hpp"

using charter::test_support::allocations;
using charter::test_support::counting;

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;

std::unique_ptr<const text::KeywordMatcher> build() {
  text::KeywordMatcherBuilder builder;
  builder.add_list("PRICING", {"price", "pricing", "cost", "quote", "how much", "rates"});
  builder.add_list("CALL", {"call", "meeting", "demo", "book a time", "schedule"});
  builder.add_list("WORDS", {"call", "press", "job"}, text::KeywordMode::WholeWord);
  return builder.build().matcher;
}

std::vector<std::string> texts() {
  const std::vector<std::string> sentences = {
      "Could you send a quote for three sites? ", "Basically we want fewer missed calls. ",
      "Our WordPress site needs a demo. ", "How much would it cost? ", "Is the job open? ",
      "Let us book a time next week. ", "The press kit, please. ", "Thanks for reading. "};
  std::vector<std::string> out;
  for (size_t i = 0; i < 64; ++i) {
    std::string t;
    for (size_t j = 0; j < 3 + i % 40; ++j) t += sentences[(i * 7 + j * 3) % sentences.size()];
    out.push_back(t);
  }
  return out;
}

TEST(KeywordMatcherThreads, SharedMatcherGivesEveryThreadTheSameAnswers) {
  const auto matcher = build();
  const auto regex = text::Regex::prepare(R"((\w+) sites)").regex;
  const auto inputs = texts();
  std::vector<std::vector<uint32_t>> expected;
  {
    text::KeywordScan scan;
    for (const auto& t : inputs) {
      matcher->scan(t, scan);
      expected.push_back({matcher->hits(scan, 0), matcher->hits(scan, 1), matcher->hits(scan, 2)});
    }
  }
  std::atomic<int> mismatches = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      text::KeywordScan scan;  // per-thread state
      Arena arena;
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < inputs.size(); ++i) {
          const size_t k = (i + size_t(t) * 13 + size_t(round)) % inputs.size();
          matcher->scan(inputs[k], scan);
          const std::vector<uint32_t> got = {matcher->hits(scan, 0), matcher->hits(scan, 1),
                                             matcher->hits(scan, 2)};
          if (got != expected[k]) ++mismatches;
          arena.reset();
          if (matcher->evidence(inputs[k], scan, 0, arena).size() != got[0]) ++mismatches;
          if (regex->matches(inputs[k]) != (inputs[k].find(" sites") != std::string::npos)) {
            ++mismatches;
          }
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(KeywordMatcherAllocation, ScanningAndCountingAllocateNothingAfterWarmUp) {
  const auto matcher = build();
  const auto inputs = texts();
  text::KeywordScan scan;
  Arena arena;
  for (const auto& t : inputs) {  // warm-up: the scan state and arena grow once
    matcher->scan(t, scan);
    (void)matcher->evidence(t, scan, 0, arena);
    arena.reset();
  }
  uint32_t sink = 0;
  allocations = 0;
  counting = true;
  for (int round = 0; round < 10; ++round) {
    for (const auto& t : inputs) {
      matcher->scan(t, scan);
      sink += matcher->hits(scan, 0) + matcher->hits(scan, 1) + matcher->hits(scan, 2);
      sink += static_cast<uint32_t>(matcher->evidence(t, scan, 2, arena).size());
      arena.reset();
    }
  }
  counting = false;
  EXPECT_EQ(allocations, 0u);
  EXPECT_GT(sink, 0u);
}

}  // namespace
