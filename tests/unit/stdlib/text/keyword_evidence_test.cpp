// std.text keyword evidence: the matched keyword, where, and a short excerpt,
// computed after the scan, for a classification to cite.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/text/keyword_matcher.hpp"

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;

struct Fixture {
  std::unique_ptr<const text::KeywordMatcher> matcher;
  text::KeywordScan scan;
  Arena arena;

  explicit Fixture(std::vector<std::string_view> keywords,
                   text::KeywordMode mode = text::KeywordMode::Substring) {
    text::KeywordMatcherBuilder builder;
    builder.add_list("L", keywords, mode);
    matcher = builder.build().matcher;
  }

  std::vector<std::string> rendered(std::string_view input, uint32_t context = 24) {
    matcher->scan(input, scan);
    std::vector<std::string> out;
    for (const auto& e : matcher->evidence(input, scan, 0, arena, context)) {
      out.push_back(std::string(e.keyword) + " | " + std::string(text::render_excerpt(e, arena)));
    }
    return out;
  }
};

using Lines = std::vector<std::string>;

TEST(KeywordEvidence, CitesTheKeywordWithAFewWordsAroundIt) {
  Fixture f({"quote"});
  EXPECT_EQ(f.rendered("Hello team, I am asking for a quote on the annual plan for our sites.", 13),
            (Lines{"quote | \u2026asking for a quote on the\u2026"}));
}

TEST(KeywordEvidence, HasNoEllipsisWhereTheTextEnds) {
  Fixture f({"call"});
  EXPECT_EQ(f.rendered("call me"), (Lines{"call | call me"}));
  EXPECT_EQ(f.rendered("please call"), (Lines{"call | please call"}));
}

TEST(KeywordEvidence, CollapsesLineBreaksInTheRenderedExcerpt) {
  Fixture f({"refund"});
  EXPECT_EQ(f.rendered("We would like\na refund\n\nfor the seats.", 12),
            (Lines{"refund | \u2026like a refund for the\u2026"}));
}

TEST(KeywordEvidence, ListsKeywordsInTextOrderEachAtItsFirstOccurrence) {
  Fixture f({"price", "demo", "quote"});
  f.matcher->scan("A demo first, then a quote. The demo price?", f.scan);
  const auto items = f.matcher->evidence("A demo first, then a quote. The demo price?", f.scan, 0, f.arena);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].keyword, "demo");
  EXPECT_EQ(items[0].offset, 2u);
  EXPECT_EQ(items[1].keyword, "quote");
  EXPECT_EQ(items[2].keyword, "price");
}

TEST(KeywordEvidence, ReportsTheTextAsWrittenAndTheKeywordAsListed) {
  Fixture f({"Pricing"});
  const std::string input = "Your PRICING page";
  f.matcher->scan(input, f.scan);
  const auto items = f.matcher->evidence(input, f.scan, 0, f.arena);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].keyword, "Pricing");
  EXPECT_EQ(items[0].matched, "PRICING");
  EXPECT_EQ(items[0].matched.data(), input.data() + 5);  // a view into the text
  EXPECT_EQ(items[0].excerpt, "Your PRICING page");
}

TEST(KeywordEvidence, WholeWordEvidenceSkipsOccurrencesInsideWords) {
  Fixture f({"press"}, text::KeywordMode::WholeWord);
  EXPECT_EQ(f.rendered("Our WordPress site; could you send a press kit?", 10),
            (Lines{"press | \u2026send a press kit?"}));
}

TEST(KeywordEvidence, ExcerptsNeverSplitAUtf8Character) {
  Fixture f({"prix"});
  // Context boundaries fall inside the two-byte "é" on both sides.
  const auto lines = f.rendered("\u00e9\u00e9\u00e9\u00e9\u00e9 prix \u00e9\u00e9\u00e9\u00e9\u00e9", 4);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0], "prix | \u2026prix\u2026");
}

TEST(KeywordEvidence, AMatchAcrossJoinedPartsIsCopiedIntoTheArena) {
  Fixture f({"book a time"});
  const std::string subject = "Can I book a";
  const std::string body = "time next week?";
  const std::string_view parts[] = {subject, " ", body};
  f.matcher->scan(std::span<const std::string_view>(parts), f.scan);
  const auto items = f.matcher->evidence(std::span<const std::string_view>(parts), f.scan, 0, f.arena);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].matched, "book a time");
  EXPECT_EQ(items[0].offset, 6u);
  EXPECT_EQ(items[0].excerpt, "Can I book a time next week?");
}

TEST(KeywordEvidence, IsEmptyForAListWithoutHits) {
  Fixture f({"lawyer"});
  EXPECT_TRUE(f.rendered("nothing legal here").empty());
}

TEST(KeywordEvidence, CanBeAskedAgainAfterANewScan) {
  Fixture f({"invoice"});
  EXPECT_EQ(f.rendered("the invoice"), (Lines{"invoice | the invoice"}));
  EXPECT_EQ(f.rendered("an invoice again"), (Lines{"invoice | an invoice again"}));
}

}  // namespace
