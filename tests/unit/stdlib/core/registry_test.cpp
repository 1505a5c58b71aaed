#include "stdlib/registry/builtin_table.hpp"

#include <gtest/gtest.h>

#include <string>

namespace charter::stdlib {
namespace {

bool starts(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
std::optional<int64_t> first_digit(std::string_view text) {
  for (char c : text) {
    if (c >= '0' && c <= '9') return c - '0';
  }
  return std::nullopt;
}
Evaluated<double> inverse(double x) {
  if (x == 0) return Evaluated<double>::not_evaluable("division by zero");
  return 1 / x;
}
std::string shout(CallContext&, std::string_view text) { return std::string(text) + "!"; }
int64_t length_of(ListView<std::string_view> items) { return items.size; }

TEST(Registry, SignaturesComeFromTheFunctionType) {
  BuiltinTable table;
  table.add<&starts>("t.starts", "doc");
  table.add<&first_digit>("t.first_digit", "doc");
  table.add<&inverse>("t.inverse", "doc");
  table.add<&shout>("t.shout", "doc");
  table.add<&length_of>("t.length_of", "doc");
  const TypeTable& types = table.types();
  EXPECT_EQ(describe(table.entry(table.find("t.starts")[0]).signature, types), "(String, String) -> Bool");
  EXPECT_EQ(describe(table.entry(table.find("t.first_digit")[0]).signature, types), "(String) -> Int?");
  EXPECT_EQ(describe(table.entry(table.find("t.inverse")[0]).signature, types), "(Number) -> Number");
  EXPECT_TRUE(table.entry(table.find("t.inverse")[0]).may_fail);
  EXPECT_EQ(describe(table.entry(table.find("t.shout")[0]).signature, types), "(String) -> String");
  EXPECT_EQ(describe(table.entry(table.find("t.length_of")[0]).signature, types), "(List<String>) -> Int");
}

TEST(Registry, ThunksDecodeArgumentsAndEncodeResults) {
  BuiltinTable table;
  table.add<&first_digit>("t.first_digit", "doc");
  table.add<&inverse>("t.inverse", "doc");
  table.add<&shout>("t.shout", "doc");
  Arena arena;
  CallContext ctx;
  ctx.arena = &arena;
  Value out;
  const Value text = Value::string("abc7");
  ASSERT_TRUE(table.entry(table.find("t.first_digit")[0]).impl(ctx, &text, out));
  EXPECT_EQ(out.as_int(), 7);
  const Value none = Value::string("abc");
  ASSERT_TRUE(table.entry(table.find("t.first_digit")[0]).impl(ctx, &none, out));
  EXPECT_TRUE(out.is_missing());
  const Value zero = Value::number(0);
  EXPECT_FALSE(table.entry(table.find("t.inverse")[0]).impl(ctx, &zero, out));
  EXPECT_EQ(ctx.failure, "division by zero");
  ASSERT_TRUE(table.entry(table.find("t.shout")[0]).impl(ctx, &none, out));
  EXPECT_EQ(out.as_string(), "abc!");
}

}  // namespace
}  // namespace charter::stdlib
