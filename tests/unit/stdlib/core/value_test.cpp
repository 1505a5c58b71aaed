#include "stdlib/core/value.hpp"

#include <gtest/gtest.h>

namespace charter::stdlib {
namespace {

TEST(Value, NumbersCompareAcrossIntAndNumber) {
  EXPECT_TRUE(values_equal(Value::integer(3), Value::number(3.0)));
  EXPECT_EQ(compare_values(Value::integer(2), Value::number(2.5)), -1);
  EXPECT_EQ(compare_values(Value::number(1e300), Value::integer(5)), 1);
}

TEST(Value, StringsCompareByContent) {
  const std::string a = "pricing", b = "pricing";
  EXPECT_TRUE(values_equal(Value::string(a), Value::string(b)));
  EXPECT_EQ(compare_values(Value::string("a"), Value::string("b")), -1);
}

TEST(Value, EnumsCompareByTypeAndOrdinal) {
  EXPECT_TRUE(values_equal(Value::enumeration(12, 3), Value::enumeration(12, 3)));
  EXPECT_FALSE(values_equal(Value::enumeration(12, 3), Value::enumeration(13, 3)));
}

TEST(Value, ListsCompareItemByItem) {
  const Value a[] = {Value::integer(1), Value::integer(2)};
  const Value b[] = {Value::integer(1), Value::integer(3)};
  EXPECT_FALSE(values_equal(Value::list(a, 2), Value::list(b, 2)));
  EXPECT_EQ(compare_values(Value::list(a, 2), Value::list(b, 2)), -1);
  EXPECT_EQ(compare_values(Value::list(a, 1), Value::list(a, 2)), -1);
}

TEST(Value, MissingEqualsOnlyMissing) {
  EXPECT_TRUE(values_equal(Value::missing(), Value::missing()));
  EXPECT_FALSE(values_equal(Value::missing(), Value::boolean(false)));
}

}  // namespace
}  // namespace charter::stdlib
