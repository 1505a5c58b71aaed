#include "stdlib/num/num.hpp"

#include <algorithm>
#include <cmath>

namespace charter::stdlib::num {
namespace {

// An Int result only when every argument is an Int (T was bound to Int).
Value as_result(Value chosen, const Value* args, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    if (args[i].kind != chosen.kind) return Value::number(chosen.as_double());
  }
  return chosen;
}

// The double as an Int, stopping at the ends of the Int range (2^63 is not
// an Int, so the top end is compared before converting).
int64_t saturate(double whole) {
  constexpr double kTwoTo63 = 9223372036854775808.0;
  if (std::isnan(whole)) return 0;
  if (whole >= kTwoTo63) return INT64_MAX;
  if (whole < -kTwoTo63) return INT64_MIN;
  return static_cast<int64_t>(whole);
}

}  // namespace

bool minimum(CallContext&, const Value* args, Value& out) {
  out = as_result(compare_values(args[1], args[0]) < 0 ? args[1] : args[0], args, 2);
  return true;
}

bool maximum(CallContext&, const Value* args, Value& out) {
  out = as_result(compare_values(args[1], args[0]) > 0 ? args[1] : args[0], args, 2);
  return true;
}

bool clamp(CallContext&, const Value* args, Value& out) {
  const Value& value = args[0];
  const Value& low = args[1];
  const Value& high = args[2];
  // Written so that low > high gives low, the same every time.
  const Value& below_high = compare_values(value, high) > 0 ? high : value;
  out = as_result(compare_values(below_high, low) < 0 ? low : below_high, args, 3);
  return true;
}

bool absolute(CallContext& ctx, const Value* args, Value& out) {
  if (args[0].kind == ValueKind::Int) {
    if (args[0].as_int() == INT64_MIN) {
      ctx.failure = "the result is too large for an integer";
      return false;
    }
    out = Value::integer(args[0].as_int() < 0 ? -args[0].as_int() : args[0].as_int());
    return true;
  }
  out = Value::number(std::fabs(args[0].as_number()));
  return true;
}

int64_t round_to_int(double value) { return saturate(std::round(value)); }
int64_t floor_to_int(double value) { return saturate(std::floor(value)); }
int64_t ceil_to_int(double value) { return saturate(std::ceil(value)); }

double round_to(double value, int64_t digits) {
  const double scale = std::pow(10.0, static_cast<double>(std::clamp<int64_t>(digits, -15, 15)));
  const double scaled = value * scale;
  // Too large to have decimals worth rounding (or scaling overflowed): as it is.
  if (!std::isfinite(scaled) || std::fabs(scaled) >= 4503599627370496.0) return value;
  return std::round(scaled) / scale;
}

}  // namespace charter::stdlib::num
