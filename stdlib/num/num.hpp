// std.num: numbers — min, max, clamp, abs and rounding. Phase: registration
// (implementations run in evaluation and constant folding). std.core
// registers min, max, abs and round with these same functions, so the
// everyday ones need no `use` and the two names cannot disagree.
#pragma once

#include <cstdint>

#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib::num {

// Generic over T (Int or Number): the result is an Int when every argument
// is one, else a Number.
bool minimum(CallContext& ctx, const Value* args, Value& out);  // (T, T) -> T
bool maximum(CallContext& ctx, const Value* args, Value& out);  // (T, T) -> T
bool clamp(CallContext& ctx, const Value* args, Value& out);    // (value, low, high) -> T
// Not evaluable for the smallest Int, whose absolute value has no Int.
bool absolute(CallContext& ctx, const Value* args, Value& out);  // (T) -> T

// To a whole number; beyond the Int range the result stops at its ends.
int64_t round_to_int(double value);  // halves away from zero
int64_t floor_to_int(double value);
int64_t ceil_to_int(double value);
// To `digits` decimal places (negative: tens, hundreds…); halves away from zero.
double round_to(double value, int64_t digits);

void register_num(BuiltinTable& table);

}  // namespace charter::stdlib::num
