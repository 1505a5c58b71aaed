// The semantics of Charter's operators on values, in one place: constant
// folding at compile time and the evaluator at run time both call these, so
// the two cannot disagree. Phase: evaluation and constant folding.
// Failures (integer overflow, division by zero, a result that is not a
// finite number) are "not evaluable", never a wrong or silent value.
#pragma once

#include <string>
#include <string_view>

#include "stdlib/core/type.hpp"
#include "stdlib/core/value.hpp"

namespace charter::stdlib {

enum class ArithmeticOp : uint8_t { Add, Sub, Mul, Div, Mod };
enum class CompareOp : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

// `not (a < b)` is `a >= b`.
constexpr CompareOp negated(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return CompareOp::Ne;
    case CompareOp::Ne: return CompareOp::Eq;
    case CompareOp::Lt: return CompareOp::Ge;
    case CompareOp::Le: return CompareOp::Gt;
    case CompareOp::Gt: return CompareOp::Le;
    case CompareOp::Ge: return CompareOp::Lt;
  }
  return op;
}

// `3 < x` is `x > 3`.
constexpr CompareOp mirrored(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

// Int with Int (Div gives a Number), any mix of Int and Number, Time ± Duration,
// Time - Time, Duration ± Duration, Duration * or / a number.
bool apply_arithmetic(ArithmeticOp op, const Value& a, const Value& b, Value& out, std::string_view& failure);

bool apply_compare(CompareOp op, const Value& a, const Value& b);

// The value as a reason or an explanation writes it: text as is, numbers in
// their shortest form, enum values by name, instants in RFC 3339 (UTC),
// durations as `1h30m`, lists joined with ", ", a missing value as "missing".
void append_text(std::string& out, const Value& value, const TypeTable& types);

// Days since 1970-01-01 → "2026-06-27"; microseconds since the epoch → RFC 3339 in UTC.
std::string format_date(int64_t days);
std::string format_instant(Instant instant);
std::string format_duration(Duration duration);

}  // namespace charter::stdlib
