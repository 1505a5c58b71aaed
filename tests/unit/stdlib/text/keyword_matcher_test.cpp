// std.text keyword matching: modes, case handling, distinct counts, lists
// merged into one matcher, joined texts, invalid input, build errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/text/keyword_matcher.hpp"
#include "stdlib/text/normalize.hpp"

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;
using text::KeywordCase;
using text::KeywordMode;

std::unique_ptr<const text::KeywordMatcher> one_list(std::vector<std::string_view> keywords,
                                                     KeywordMode mode,
                                                     KeywordCase case_mode = KeywordCase::AsciiCaseless) {
  text::KeywordMatcherBuilder builder(case_mode);
  builder.add_list("L", keywords, mode);
  auto built = builder.build();
  EXPECT_TRUE(built.matcher) << built.error;
  return std::move(built.matcher);
}

struct HitsCase {
  const char* name;
  std::vector<std::string_view> keywords;
  KeywordMode mode;
  std::string_view text;
  uint32_t hits;
};

void PrintTo(const HitsCase& c, std::ostream* os) { *os << c.name; }

class KeywordMatcherHits : public testing::TestWithParam<HitsCase> {};

TEST_P(KeywordMatcherHits, CountsDistinctKeywordsFound) {
  const HitsCase& c = GetParam();
  const auto matcher = one_list(c.keywords, c.mode);
  text::KeywordScan scan;
  matcher->scan(c.text, scan);
  EXPECT_EQ(matcher->hits(scan, 0), c.hits) << c.text;
}

const KeywordMode kSub = KeywordMode::Substring;
const KeywordMode kWord = KeywordMode::WholeWord;

INSTANTIATE_TEST_SUITE_P(
    Cases, KeywordMatcherHits,
    testing::Values(
        HitsCase{"SubstringInsideAWord", {"press"}, kSub, "our site runs on WordPress", 1},
        HitsCase{"WholeWordNotInsideAWord", {"press"}, kWord, "our site runs on WordPress", 0},
        HitsCase{"WholeWordAlone", {"press"}, kWord, "could you send your press kit?", 1},
        HitsCase{"WholeWordAtTextEdges", {"press"}, kWord, "press", 1},
        HitsCase{"WholeWordBeforePunctuation", {"quote"}, kWord, "a quote, please", 1},
        HitsCase{"WholeWordNotBeforeDigit", {"call"}, kWord, "call2action", 0},
        HitsCase{"WholeWordNotAfterUnderscore", {"call"}, kWord, "on_call", 0},
        HitsCase{"PhraseMatchesWholeWords", {"book a time"}, kWord, "can I book a time?", 1},
        HitsCase{"PhraseNotPartOfLongerWords", {"book a time"}, kWord, "ebook a timer", 0},
        HitsCase{"PhraseNeedsItsExactSpacing", {"book a time"}, kWord, "book a\ntime", 0},
        HitsCase{"SponsorAndSponsorshipBothInSubstringMode",
                 {"sponsor", "sponsorship"}, kSub, "sponsorship packages", 2},
        HitsCase{"OnlySponsorshipInWholeWordMode",
                 {"sponsor", "sponsorship"}, kWord, "sponsorship packages", 1},
        HitsCase{"OverlappingKeywordsBothFound", {"he", "she", "hers"}, kSub, "ushers", 3},
        HitsCase{"RepeatedKeywordCountsOnce", {"call"}, kSub, "call me, call you, call us", 1},
        HitsCase{"DuplicateKeywordsInTheListCountOnce",
                 {"price", "Price", "price"}, kSub, "the price", 1},
        HitsCase{"AsciiCaselessByDefault", {"pricing"}, kSub, "PRICING for TEAMS", 1},
        HitsCase{"UpperCaseKeywordFindsLowerText", {"GDPR Request"}, kSub, "a gdpr request", 1},
        HitsCase{"EmptyText", {"a", "b"}, kSub, "", 0},
        HitsCase{"EmptyList", {}, kSub, "anything at all", 0},
        HitsCase{"KeywordWithPunctuationAsWholeWord", {"can't log in"}, kWord,
                 "I can't log in today", 1},
        HitsCase{"KeywordEndingInPunctuationNeedsNoBoundaryThere", {"100%"}, kWord,
                 "100%free", 1},
        HitsCase{"HyphenIsABoundary", {"self-harm"}, kWord, "(self-harm)", 1},
        HitsCase{"UnicodeLetterIsPartOfAWord", {"caf"}, kWord, "un caf\u00e9 noir", 0},
        HitsCase{"UnicodeLetterAsKeywordEdge", {"caf\u00e9"}, kWord, "un caf\u00e9 noir", 1},
        HitsCase{"NonBreakingSpaceIsABoundary", {"quote"}, kWord, "a\u00a0quote\u00a0now", 1},
        HitsCase{"InvalidBytesAroundAKeyword", {"price"}, kWord, "\xffprice\xfe", 1},
        HitsCase{"InvalidBytesInsideTheText", {"price", "cost"}, kSub,
                 "\xc3\x28price\xe2\x82 cost\xf0", 2},
        HitsCase{"NonAsciiKeywordIsMatchedByBytes", {"r\u00e9sum\u00e9"}, kSub,
                 "my r\u00e9sum\u00e9 is attached", 1},
        HitsCase{"NonAsciiBytesAreNotCaseFolded", {"\u00e9t\u00e9"}, kSub, "\u00c9T\u00c9", 0}));

TEST(KeywordMatcher, ListsOverTheSameTextShareOneScan) {
  text::KeywordMatcherBuilder builder;
  const uint32_t pricing = builder.add_list("PRICING", {"price", "pricing", "quote", "cost"});
  const uint32_t call = builder.add_list("CALL", {"call", "demo", "book a time"});
  const uint32_t legal = builder.add_list("LEGAL", {"lawyer", "lawsuit"});
  const uint32_t words = builder.add_list("WORDS", {"call", "price"}, KeywordMode::WholeWord);
  auto built = builder.build();
  ASSERT_TRUE(built.matcher) << built.error;
  const auto& matcher = *built.matcher;
  text::KeywordScan scan;
  matcher.scan("Pricing question: can we book a time for a demo? Basically a quote.", scan);
  EXPECT_EQ(matcher.hits(scan, pricing), 2u);  // pricing, quote ("price" is not in "pricing")
  EXPECT_EQ(matcher.hits(scan, call), 3u);     // call (in "Basically"), demo, book a time
  EXPECT_EQ(matcher.hits(scan, legal), 0u);
  EXPECT_EQ(matcher.hits(scan, words), 0u);    // neither as a whole word
  EXPECT_TRUE(matcher.any(scan, call));
  EXPECT_TRUE(matcher.all(scan, call));
  EXPECT_FALSE(matcher.all(scan, pricing));
  EXPECT_FALSE(matcher.any(scan, legal));
  EXPECT_TRUE(matcher.found(scan, pricing, 2));   // quote
  EXPECT_FALSE(matcher.found(scan, pricing, 3));  // cost
  EXPECT_EQ(matcher.list_name(call), "CALL");
  EXPECT_EQ(matcher.keyword(call, 2), "book a time");
}

TEST(KeywordMatcher, AllOfAnEmptyListHoldsAndAnyDoesNot) {
  text::KeywordMatcherBuilder builder;
  builder.add_list("EMPTY", std::span<const std::string_view>());
  auto built = builder.build();
  ASSERT_TRUE(built.matcher);
  text::KeywordScan scan;
  built.matcher->scan("text", scan);
  EXPECT_EQ(built.matcher->keyword_count(0), 0u);
  EXPECT_TRUE(built.matcher->all(scan, 0));
  EXPECT_FALSE(built.matcher->any(scan, 0));
}

TEST(KeywordMatcher, AMatcherWithoutListsScansAnything) {
  auto built = text::KeywordMatcherBuilder().build();
  ASSERT_TRUE(built.matcher);
  text::KeywordScan scan;
  built.matcher->scan("text", scan);
  EXPECT_EQ(built.matcher->list_count(), 0u);
}

TEST(KeywordMatcher, TheSameKeywordInTwoListsCountsForBoth) {
  text::KeywordMatcherBuilder builder;
  builder.add_list("A", {"call", "meeting"});
  builder.add_list("B", {"call"}, KeywordMode::WholeWord);
  builder.add_list("C", {"call"});
  auto built = builder.build();
  text::KeywordScan scan;
  built.matcher->scan("please call me", scan);
  EXPECT_EQ(built.matcher->hits(scan, 0), 1u);
  EXPECT_EQ(built.matcher->hits(scan, 1), 1u);
  EXPECT_EQ(built.matcher->hits(scan, 2), 1u);
  built.matcher->scan("basically", scan);
  EXPECT_EQ(built.matcher->hits(scan, 0), 1u);
  EXPECT_EQ(built.matcher->hits(scan, 1), 0u);  // whole word only
  EXPECT_EQ(built.matcher->hits(scan, 2), 1u);
}

TEST(KeywordMatcher, AKeywordMayStraddleTheSubjectBodyJoin) {
  const auto matcher = one_list({"book a time", "pricing"}, KeywordMode::WholeWord);
  text::KeywordScan scan;
  const std::string_view parts[] = {"Can I book a", " ", "time with you?"};
  matcher->scan(std::span<const std::string_view>(parts), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 1u);
  // The same answer as scanning the concatenation.
  matcher->scan("Can I book a time with you?", scan);
  EXPECT_EQ(matcher->hits(scan, 0), 1u);
  // A word boundary is checked across the join too: "pricing" + "s" is no match.
  const std::string_view glued[] = {"about pricing", "s"};
  matcher->scan(std::span<const std::string_view>(glued), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 0u);
}

TEST(KeywordMatcher, ExactCaseComparesBytes) {
  const auto matcher = one_list({"GDPR"}, KeywordMode::WholeWord, KeywordCase::Exact);
  text::KeywordScan scan;
  matcher->scan("a gdpr request", scan);
  EXPECT_EQ(matcher->hits(scan, 0), 0u);
  matcher->scan("a GDPR request", scan);
  EXPECT_EQ(matcher->hits(scan, 0), 1u);
}

TEST(KeywordMatcher, FoldedCaseMatchesUnicodeCaselessTextAfterFoldCase) {
  const auto matcher =
      one_list({"STRASSE", "\u00c9T\u00c9", "\u0130stanbul"}, KeywordMode::WholeWord,
               KeywordCase::Folded);
  Arena arena;
  text::KeywordScan scan;
  matcher->scan(text::fold_case("Hauptstra\u00dfe 5, in the \u00c9t\u00e9", arena), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 1u) << "only \u00e9t\u00e9: Hauptstrasse is one word";
  matcher->scan(text::fold_case("Haupt Stra\u00dfe 5, in the \u00e9t\u00e9", arena), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 2u);
  // Without Turkic tailoring İ folds to i + U+0307, so plain "istanbul" differs.
  matcher->scan(text::fold_case("ISTANBUL", arena), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 0u);
  matcher->scan(text::fold_case("\u0130STANBUL", arena), scan);
  EXPECT_EQ(matcher->hits(scan, 0), 1u);
}

TEST(KeywordMatcher, AnEmptyKeywordIsABuildErrorNamingTheList) {
  text::KeywordMatcherBuilder builder;
  builder.add_list("PRICING", {"price", ""});
  const auto built = builder.build();
  EXPECT_FALSE(built.matcher);
  EXPECT_EQ(built.error, "list `PRICING`: keyword 2 is empty; an empty keyword would match every text");
}

TEST(KeywordMatcher, ReadingAScanThroughAnotherMatcherIsABug) {
  const auto a = one_list({"x"}, KeywordMode::Substring);
  const auto b = one_list({"x"}, KeywordMode::Substring);
  text::KeywordScan scan;
  a->scan("x", scan);
  EXPECT_DEATH((void)b->hits(scan, 0), "another matcher");
}

TEST(KeywordMatcher, LongTextsAreScannedCompletelyAtEveryLength) {
  // Around the interleaving thresholds a keyword at any position must be seen.
  const auto matcher = one_list({"needle", "ab"}, KeywordMode::WholeWord);
  text::KeywordScan scan;
  for (size_t length = 6; length < 700; length += 7) {
    for (size_t at = 0; at + 6 <= length; at += 3) {
      std::string haystack(length, '.');
      haystack.replace(at, 6, "needle");
      matcher->scan(haystack, scan);
      ASSERT_EQ(matcher->hits(scan, 0), 1u) << "length " << length << " at " << at;
    }
  }
}

}  // namespace
