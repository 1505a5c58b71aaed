#include "dsl/diag/suggest.hpp"

#include <gtest/gtest.h>

#include <array>

namespace charter::dsl {
namespace {

TEST(Suggest, EditDistanceCountsTranspositionsAsOneEdit) {
  EXPECT_EQ(edit_distance("when", "when"), 0u);
  EXPECT_EQ(edit_distance("wen", "when"), 1u);
  EXPECT_EQ(edit_distance("whne", "when"), 1u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(Suggest, ProposesTheNearestLikelyTypo) {
  constexpr std::array<std::string_view, 3> kWords = {"when", "otherwise", "fallback"};
  EXPECT_EQ(closest_match("otherwize", kWords), "otherwise");
  EXPECT_EQ(closest_match("wen", kWords), "when");
  EXPECT_FALSE(closest_match("table", kWords).has_value());
  EXPECT_FALSE(closest_match("x", kWords).has_value());
}

}  // namespace
}  // namespace charter::dsl
