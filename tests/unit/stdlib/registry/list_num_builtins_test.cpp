// std.list and std.num through the registry, and std.core's numeric
// builtins being std.num's own implementations.
#include <gtest/gtest.h>

#include "tests/unit/stdlib/registry/builtin_calls.hpp"

namespace charter::stdlib::testing {
namespace {

Value i(int64_t n) { return Value::integer(n); }
Value n(double x) { return Value::number(x); }
Value b(bool x) { return Value::boolean(x); }

TEST(ListBuiltins, AnswerQuestionsAboutWholeLists) {
  BuiltinCaller calls;
  const Value empty = calls.list({});
  const Value words = calls.list({str("b"), str("a"), str("b"), str("c"), str("a")});
  const Value ints = calls.list({i(3), i(-1), i(7)});
  const Value mixed = calls.list({i(2), n(1.5), i(4)});
  const Value times = calls.list({at("2026-06-12T10:00:00Z"), at("2026-06-11T10:00:00Z")});
  const std::string_view pick = "(List<T>) -> T?, T: comparable";
  const std::vector<Row> rows = {
      {"std.list.count", "(List<T>) -> Int", {words}, i(5)},
      {"std.list.count", "(List<T>) -> Int", {empty}, i(0)},
      {"std.list.any", "(List<Bool>) -> Bool", {calls.list({b(false), b(true)})}, b(true)},
      {"std.list.any", "(List<Bool>) -> Bool", {empty}, b(false)},
      {"std.list.all", "(List<Bool>) -> Bool", {calls.list({b(true), b(false)})}, b(false)},
      {"std.list.all", "(List<Bool>) -> Bool", {empty}, b(true)},
      {"std.list.distinct", "(List<T>) -> List<T>", {words}, calls.list({str("b"), str("a"), str("c")})},
      {"std.list.distinct", "(List<T>) -> List<T>", {calls.list({i(1), n(1.0), i(2)})}, calls.list({i(1), i(2)})},
      {"std.list.distinct", "(List<T>) -> List<T>", {empty}, empty},
      {"std.list.contains", "(List<T>, T) -> Bool", {words, str("c")}, b(true)},
      {"std.list.contains", "(List<T>, T) -> Bool", {words, str("C")}, b(false)},
      {"std.list.contains", "(List<T>, T) -> Bool", {ints, n(7.0)}, b(true)},
      {"std.list.min", pick, {ints}, i(-1)},
      {"std.list.max", pick, {ints}, i(7)},
      {"std.list.min", pick, {mixed}, n(1.5)},
      {"std.list.max", pick, {mixed}, n(4.0)},
      {"std.list.min", pick, {words}, str("a")},
      {"std.list.min", pick, {times}, at("2026-06-11T10:00:00Z")},
      {"std.list.max", pick, {empty}, Value::missing()},
      {"std.list.sum", "(List<Int>) -> Int", {ints}, i(9)},
      {"std.list.sum", "(List<Int>) -> Int", {empty}, i(0)},
      {"std.list.sum", "(List<Int>) -> Int", {calls.list({i(INT64_MAX), i(1)})}, {},
       "the sum is too large for an integer"},
      {"std.list.sum", "(List<Number>) -> Number", {mixed}, n(7.5)},
      {"std.list.sum", "(List<Number>) -> Number", {calls.list({n(1e308), n(1e308)})}, {},
       "the sum is too large for a number"},
  };
  for (const Row& row : rows) calls.check(row);
}

TEST(NumBuiltins, CompareClampAndRound) {
  BuiltinCaller calls;
  const std::string_view two = "(T, T) -> T, T: Int or Number";
  const std::string_view three = "(T, T, T) -> T, T: Int or Number";
  const std::vector<Row> rows = {
      {"std.num.min", two, {i(2), i(3)}, i(2)},
      {"std.num.min", two, {i(2), n(3.5)}, n(2.0)},
      {"std.num.max", two, {i(2), n(3.5)}, n(3.5)},
      {"std.num.clamp", three, {i(15), i(0), i(10)}, i(10)},
      {"std.num.clamp", three, {i(-1), i(0), i(10)}, i(0)},
      {"std.num.clamp", three, {n(0.5), i(0), i(1)}, n(0.5)},
      {"std.num.clamp", three, {i(5), i(10), i(0)}, i(10)},  // bounds the wrong way round: low
      {"std.num.abs", "(T) -> T, T: Int or Number", {i(-4)}, i(4)},
      {"std.num.abs", "(T) -> T, T: Int or Number", {n(-0.25)}, n(0.25)},
      {"std.num.abs", "(T) -> T, T: Int or Number", {i(INT64_MIN)}, {}, "the result is too large for an integer"},
      {"std.num.round", "(Number) -> Int", {n(2.5)}, i(3)},
      {"std.num.round", "(Number) -> Int", {n(-2.5)}, i(-3)},
      {"std.num.round", "(Number) -> Int", {n(1e300)}, i(INT64_MAX)},
      {"std.num.round", "(Number) -> Int", {n(-1e300)}, i(INT64_MIN)},
      {"std.num.round", "(Number, Int) -> Number", {n(1.25), i(1)}, n(1.3)},
      {"std.num.round", "(Number, Int) -> Number", {n(1234.5), i(-2)}, n(1200.0)},
      {"std.num.round", "(Number, Int) -> Number", {n(1e300), i(15)}, n(1e300)},
      {"std.num.floor", "(Number) -> Int", {n(-1.5)}, i(-2)},
      {"std.num.ceil", "(Number) -> Int", {n(-1.5)}, i(-1)},
      {"std.num.ceil", "(Number) -> Int", {n(2.0)}, i(2)},
  };
  for (const Row& row : rows) calls.check(row);
}

TEST(NumBuiltins, CoreNumbersAreTheSameFunctions) {
  BuiltinCaller calls;
  const struct {
    std::string_view name;
    std::string_view signature;
  } shared[] = {{"min", "(T, T) -> T, T: Int or Number"},
                {"max", "(T, T) -> T, T: Int or Number"},
                {"abs", "(T) -> T, T: Int or Number"},
                {"round", "(Number) -> Int"},
                {"round", "(Number, Int) -> Number"}};
  for (const auto& builtin : shared) {
    const BuiltinEntry* core = calls.find("std.core." + std::string(builtin.name), builtin.signature);
    const BuiltinEntry* num = calls.find("std.num." + std::string(builtin.name), builtin.signature);
    ASSERT_NE(core, nullptr) << builtin.name;
    ASSERT_NE(num, nullptr) << builtin.name;
    EXPECT_EQ(core->impl, num->impl) << builtin.name;
    EXPECT_EQ(core->may_fail, num->may_fail) << builtin.name;
  }
}

}  // namespace
}  // namespace charter::stdlib::testing
