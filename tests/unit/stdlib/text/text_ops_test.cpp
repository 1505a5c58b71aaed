// std.text plain operations: contains/starts/ends, length, trim, split.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stdlib/text/text_ops.hpp"

namespace {

using charter::stdlib::Arena;
namespace text = charter::stdlib::text;

TEST(TextOps, ContainsStartsAndEndsCompareBytes) {
  struct Case {
    std::string_view text, needle;
    bool contains, starts, ends;
  };
  const Case cases[] = {
      {"pricing for teams", "pricing", true, true, false},
      {"pricing for teams", "teams", true, false, true},
      {"pricing for teams", "for", true, false, false},
      {"pricing for teams", "Pricing", false, false, false},  // case matters
      {"pricing", "", true, true, true},                       // the empty needle
      {"", "", true, true, true},
      {"", "a", false, false, false},
      {"caf\u00e9", "\u00e9", true, false, true},
      {"a\xff" "b", "\xff", true, false, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(text::contains(c.text, c.needle), c.contains) << c.text << " / " << c.needle;
    EXPECT_EQ(text::starts_with(c.text, c.needle), c.starts) << c.text << " / " << c.needle;
    EXPECT_EQ(text::ends_with(c.text, c.needle), c.ends) << c.text << " / " << c.needle;
  }
}

TEST(TextOps, LengthCountsCodePointsAndGraphemeCountCountsCharacters) {
  struct Case {
    std::string_view text;
    int64_t code_points, graphemes;
  };
  const Case cases[] = {
      {"", 0, 0},
      {"abc", 3, 3},
      {"Stra\u00dfe", 6, 6},
      {"e\u0301", 2, 1},                       // e + combining acute
      {"\U0001F44D\U0001F3FD", 2, 1},          // thumbs up + skin tone
      {"\U0001F1EB\U0001F1F7", 2, 1},          // a flag: two regional indicators
      {"\r\n", 2, 1},
      {"\xff\xfe", 2, 2},                      // each invalid byte counts once
      {"a\xe2\x82", 3, 3},                     // truncated euro sign: two bad bytes
  };
  for (const Case& c : cases) {
    EXPECT_EQ(text::length(c.text), c.code_points) << c.text;
    EXPECT_EQ(text::grapheme_count(c.text), c.graphemes) << c.text;
  }
}

TEST(TextOps, TrimRemovesUnicodeWhiteSpaceAtBothEnds) {
  EXPECT_EQ(text::trim("  hi there \n"), "hi there");
  EXPECT_EQ(text::trim("\u00a0hi\u3000"), "hi");
  EXPECT_EQ(text::trim(" \t "), "");
  EXPECT_EQ(text::trim(""), "");
  EXPECT_EQ(text::trim_start("  x  "), "x  ");
  EXPECT_EQ(text::trim_end("  x  "), "  x");
  EXPECT_EQ(text::trim("\xff "), "\xff");  // an invalid byte is not white space
}

std::vector<std::string> split(std::string_view input, std::string_view separator) {
  Arena arena;
  std::vector<std::string> out;
  for (const std::string_view piece : text::split(input, separator, arena)) out.emplace_back(piece);
  return out;
}

TEST(TextOps, SplitKeepsEmptyPiecesBetweenSeparators) {
  using V = std::vector<std::string>;
  EXPECT_EQ(split("a,b,,c", ","), (V{"a", "b", "", "c"}));
  EXPECT_EQ(split("a--b--", "--"), (V{"a", "b", ""}));
  EXPECT_EQ(split("abc", ","), (V{"abc"}));
  EXPECT_EQ(split("", ","), (V{""}));
}

TEST(TextOps, SplitWithoutSeparatorSplitsOnWhiteSpaceRuns) {
  using V = std::vector<std::string>;
  EXPECT_EQ(split("  call me\tback \n", ""), (V{"call", "me", "back"}));
  EXPECT_EQ(split("one\u00a0two", ""), (V{"one", "two"}));
  EXPECT_EQ(split("", ""), V{});
  EXPECT_EQ(split("   ", ""), V{});
}

TEST(TextOps, SplitPiecesAreViewsIntoTheInput) {
  Arena arena;
  const std::string input = "x,y";
  const auto pieces = text::split(input, ",", arena);
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].data(), input.data());
  EXPECT_EQ(pieces[1].data(), input.data() + 2);
}

}  // namespace
