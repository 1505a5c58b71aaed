// Registers std.num (see num.hpp).
#include "stdlib/num/num.hpp"

namespace charter::stdlib::num {

void register_num(BuiltinTable& table) {
  const Signature two{{TypePattern::var(), TypePattern::var()}, TypePattern::var(), VarConstraint::Numeric};
  const Signature three{{TypePattern::var(), TypePattern::var(), TypePattern::var()}, TypePattern::var(),
                        VarConstraint::Numeric};
  const Signature one{{TypePattern::var()}, TypePattern::var(), VarConstraint::Numeric};
  table.add_raw("std.num.min", two, &minimum, false, "the smaller of two numbers");
  table.add_raw("std.num.max", two, &maximum, false, "the larger of two numbers");
  table.add_raw("std.num.clamp", three, &clamp, false,
                "the number kept between a lower and an upper bound: clamp(x, low, high) (low if low > high)");
  table.add_raw("std.num.abs", one, &absolute, true,
                "the absolute value of a number; not evaluable for the smallest Int, whose absolute value is too "
                "large");
  table.add<&round_to_int>("std.num.round", "the nearest whole number (halves away from zero)");
  table.add<&round_to>("std.num.round", "the number rounded to a number of decimal places (halves away from zero)");
  table.add<&floor_to_int>("std.num.floor", "the largest whole number not above the number");
  table.add<&ceil_to_int>("std.num.ceil", "the smallest whole number not below the number");
}

}  // namespace charter::stdlib::num
