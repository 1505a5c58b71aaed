#include <gtest/gtest.h>

#include <tao/pegtl/contrib/analyze.hpp>

#include "dsl/grammar/grammar.hpp"
#include "dsl/parse/recovery.hpp"

namespace {

TEST(Grammar, AnalysisFindsNoProblem) {
  // Counts rules that could loop without consuming input (or recurse left).
  EXPECT_EQ(tao::pegtl::analyze<charter::dsl::grammar::module>(1), 0u);
}

}  // namespace
