#include "dsl/source/source_file.hpp"

#include <gtest/gtest.h>

namespace charter::dsl {
namespace {

TEST(SourceFile, LineAndColumnAreOneBasedAndCountCharacters) {
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("x.charter", "ab\n\xC3\xA9t\xC3\xA9 x\nlast"));
  EXPECT_EQ(file.line_col(0).line, 1u);
  EXPECT_EQ(file.line_col(0).column, 1u);
  EXPECT_EQ(file.line_col(3).line, 2u);
  // "été x": the `x` is the 5th character but the 7th byte of the line.
  EXPECT_EQ(file.line_col(3 + 6).column, 5u);
  EXPECT_EQ(file.line_text(3), "last");
  EXPECT_EQ(file.line_count(), 3u);
}

TEST(SourceFile, LineTextDropsCarriageReturn) {
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("x", "one\r\ntwo"));
  EXPECT_EQ(file.line_text(1), "one");
  EXPECT_EQ(file.line_text(2), "two");
}

TEST(SourceFile, OffsetsPastTheEndAreClamped) {
  SourceMap sources;
  const SourceFile& file = sources.get(sources.add("x", "abc"));
  EXPECT_EQ(file.line_col(99).column, 4u);
  EXPECT_EQ(file.slice(Span{file.id(), 2, 99}), "c");
}

TEST(Utf8, RejectsOverlongSurrogatesAndTruncatedSequences) {
  EXPECT_EQ(utf8_sequence_length("\xC3\xA9", 0), 2u);
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xC0\xAF", 0), 0u);          // overlong
  EXPECT_EQ(utf8_sequence_length("\xED\xA0\x80", 0), 0u);      // surrogate
  EXPECT_EQ(utf8_sequence_length("\xE2\x82", 0), 0u);          // truncated
  EXPECT_EQ(utf8_sequence_length("\xF5\x80\x80\x80", 0), 0u);  // above U+10FFFF
  EXPECT_EQ(count_characters("a\xFF" "b"), 3u);
}

}  // namespace
}  // namespace charter::dsl
