// std.text normalisation: case folding, NFC/NFKC, white space, invalid UTF-8.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "stdlib/text/normalize.hpp"

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;

struct Case {
  std::string_view input;
  std::string_view expected;
};

void PrintTo(const Case& c, std::ostream* os) { *os << '"' << c.input << "\" -> \"" << c.expected << '"'; }

class TextFoldCase : public testing::TestWithParam<Case> {};

TEST_P(TextFoldCase, FoldsToTheExpectedText) {
  Arena arena;
  EXPECT_EQ(text::fold_case(GetParam().input, arena), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TextFoldCase,
    testing::Values(
        Case{"Hello World", "hello world"},                       // ASCII fast path
        Case{"STRASSE", "strasse"},                               //
        Case{"Straße", "strasse"},                                // ß folds to ss (full folding)
        Case{"STRAẞE", "strasse"},                                // capital sharp s U+1E9E
        Case{"ÉCOLE", "\u00e9cole"},                              // precomposed stays composed
        Case{"E\u0301COLE", "\u00e9cole"},                        // decomposed input comes out NFC
        Case{"ΣΊΣΥΦΟΣ", "σίσυφοσ"},                               // final sigma folds to σ
        Case{"\ufb01nance", "finance"},                           // ﬁ ligature folds to "fi"
        Case{"ISTANBUL", "istanbul"},                             // I -> i (no Turkic tailoring)
        Case{"\u0130stanbul", "i\u0307stanbul"},                  // İ -> i + combining dot above
        Case{"\u0131rmak", "\u0131rmak"},                         // dotless ı is its own letter
        Case{"", ""}));

TEST(TextFoldCase, ReturnsTheInputItselfWhenAlreadyFolded) {
  Arena arena;
  const std::string input = "already lower case, ascii only";
  EXPECT_EQ(text::fold_case(input, arena).data(), input.data());
  const std::string accented = "d\u00e9j\u00e0 vu";
  EXPECT_EQ(text::fold_case(accented, arena).data(), accented.data());
}

TEST(TextFoldCase, ReplacesInvalidBytesWithTheReplacementCharacter) {
  Arena arena;
  EXPECT_EQ(text::fold_case("A\xff" "B\xc3", arena), "a\ufffdb\ufffd");
  EXPECT_EQ(text::fold_case("\xed\xa0\x80", arena), "\ufffd\ufffd\ufffd");  // a surrogate
}

class TextNfc : public testing::TestWithParam<Case> {};
TEST_P(TextNfc, ComposesCanonically) {
  Arena arena;
  EXPECT_EQ(text::normalize_nfc(GetParam().input, arena), GetParam().expected);
}
INSTANTIATE_TEST_SUITE_P(Cases, TextNfc,
                         testing::Values(Case{"e\u0301", "\u00e9"},          // é
                                         Case{"\u212b", "\u00c5"},           // Angstrom sign -> Å
                                         Case{"\u1100\u1161", "\uac00"},     // Hangul jamo -> 가
                                         Case{"\ufb01", "\ufb01"},           // ligature kept
                                         Case{"plain", "plain"},
                                         Case{"a\xff", "a\ufffd"}));

class TextNfkc : public testing::TestWithParam<Case> {};
TEST_P(TextNfkc, ComposesForCompatibility) {
  Arena arena;
  EXPECT_EQ(text::normalize_nfkc(GetParam().input, arena), GetParam().expected);
}
INSTANTIATE_TEST_SUITE_P(Cases, TextNfkc,
                         testing::Values(Case{"\ufb01", "fi"},
                                         Case{"\uff30\uff52\uff49\uff43\uff45", "Price"},  // full width
                                         Case{"x\u00b2", "x2"},
                                         Case{"a\u00a0b", "a b"},  // NBSP
                                         Case{"e\u0301", "\u00e9"}));

class TextCollapseWhitespace : public testing::TestWithParam<Case> {};
TEST_P(TextCollapseWhitespace, LeavesSingleSpacesBetweenWords) {
  Arena arena;
  EXPECT_EQ(text::collapse_whitespace(GetParam().input, arena), GetParam().expected);
}
INSTANTIATE_TEST_SUITE_P(
    Cases, TextCollapseWhitespace,
    testing::Values(Case{"  a \t\n b  ", "a b"}, Case{"a\r\nb", "a b"},
                    Case{"a\u00a0\u2003b\u3000", "a b"}, Case{"", ""}, Case{" \n\t ", ""},
                    Case{"one two", "one two"}, Case{"x\xff  y", "x\xff y"}));

TEST(TextCollapseWhitespace, ReturnsTheInputItselfWhenNothingChanges) {
  Arena arena;
  const std::string input = "already one space apart";
  EXPECT_EQ(text::collapse_whitespace(input, arena).data(), input.data());
}

TEST(TextAsciiLower, LowersOnlyAsciiLettersAndKeepsTheInputWhenLower) {
  Arena arena;
  EXPECT_EQ(text::ascii_lower("PRICE \u00c9T\u00c9", arena), "price \u00c9t\u00c9");
  const std::string lower = "no capitals here";
  EXPECT_EQ(text::ascii_lower(lower, arena).data(), lower.data());
}

TEST(TextSanitizeUtf8, KeepsValidTextAndReplacesEachBadByte) {
  Arena arena;
  const std::string valid = "caf\u00e9 \U0001F44D";
  EXPECT_EQ(text::sanitize_utf8(valid, arena).data(), valid.data());
  EXPECT_EQ(text::sanitize_utf8("a\xc0\xaf" "b", arena), "a\ufffd\ufffdb");  // overlong '/'
  EXPECT_EQ(text::sanitize_utf8("\xf4\x90\x80\x80", arena), "\ufffd\ufffd\ufffd\ufffd");  // > U+10FFFF
}

}  // namespace
