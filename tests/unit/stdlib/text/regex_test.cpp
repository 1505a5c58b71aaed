// std.text regular expressions through RE2: matches, extract, bad patterns.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "stdlib/text/regex.hpp"

namespace {

namespace text = charter::stdlib::text;

struct MatchCase {
  std::string_view pattern, input;
  bool matches;
  std::optional<std::string_view> extracted;
};

void PrintTo(const MatchCase& c, std::ostream* os) { *os << c.pattern << " on " << c.input; }

class RegexMatch : public testing::TestWithParam<MatchCase> {};

TEST_P(RegexMatch, MatchesAndExtractsLikeRe2) {
  const MatchCase& c = GetParam();
  const auto prepared = text::Regex::prepare(c.pattern);
  ASSERT_TRUE(prepared.regex) << prepared.error;
  EXPECT_EQ(prepared.regex->matches(c.input), c.matches);
  EXPECT_EQ(prepared.regex->extract(c.input), c.extracted);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, RegexMatch,
    testing::Values(
        MatchCase{R"(\d{5})", "zip 90210 ok", true, "90210"},          // unanchored, whole match
        MatchCase{R"(^\d{5}$)", "zip 90210", false, std::nullopt},     // anchored
        MatchCase{R"(order #(\d+))", "re: order #4471 late", true, "4471"},  // first group
        MatchCase{R"((a)|(b))", "b", true, ""},                        // group 1 took no part
        MatchCase{R"(caf\x{e9})", "un caf\u00e9", true, "caf\u00e9"},    // UTF-8 pattern
        MatchCase{R"(\pL+)", "\u00c9t\u00e9 2024", true, "\u00c9t\u00e9"},   // Unicode classes
        MatchCase{"x", "", false, std::nullopt},
        MatchCase{"", "anything", true, ""},
        MatchCase{"b.d", "a\xff" "b\xff" "d", false, std::nullopt},   // . never matches a bad byte
        MatchCase{R"((\w+)@example\.com)", "mail dana@example.com now", true, "dana"}));

TEST(RegexPrepare, ReportsRe2sMessageForABadPattern) {
  struct Bad {
    std::string_view pattern, error;
  };
  const Bad cases[] = {
      {"(a", "missing ): (a"},
      {"a)", "unexpected ): a)"},
      {"[z-a]", "invalid character class range: z-a"},
      {"a**", "bad repetition operator: **"},
      {R"(\8)", "invalid escape sequence: \\8"},
      {"(a)\\1", "invalid escape sequence: \\1"},  // backreferences are not linear-time
  };
  for (const Bad& c : cases) {
    const auto prepared = text::Regex::prepare(c.pattern);
    EXPECT_FALSE(prepared.regex) << c.pattern;
    EXPECT_EQ(prepared.error, c.error) << c.pattern;
  }
}

TEST(RegexPrepare, HonoursCaseAndLiteralOptions) {
  const auto caseless = text::Regex::prepare("unsubscribe", {.case_insensitive = true}).regex;
  ASSERT_TRUE(caseless);
  EXPECT_TRUE(caseless->matches("Please UNSUBSCRIBE me"));
  const auto literal = text::Regex::prepare("a.b (c)", {.literal = true}).regex;
  ASSERT_TRUE(literal);
  EXPECT_TRUE(literal->matches("x a.b (c) y"));
  EXPECT_FALSE(literal->matches("x axb c y"));
  EXPECT_EQ(literal->capture_count(), 0);
  EXPECT_EQ(literal->pattern(), "a.b (c)");
}

TEST(RegexMatch, ExtractReturnsAViewIntoTheText) {
  const auto regex = text::Regex::prepare(R"(ref (\w+))").regex;
  const std::string input = "our ref ABC123 thanks";
  const auto extracted = regex->extract(input);
  ASSERT_TRUE(extracted);
  EXPECT_EQ(extracted->data(), input.data() + 8);
}

}  // namespace
