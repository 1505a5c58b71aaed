// Registers std.list (see list.hpp).
#include "stdlib/list/list.hpp"

namespace charter::stdlib::list {

void register_list(BuiltinTable& table) {
  const TypePattern a_list = TypePattern::list_of_var();
  table.add_raw("std.list.count", {{a_list}, TypePattern::exact(TypeTable::kInt)}, &count_items, false,
                "the number of items of a list or set (as len)");
  table.add<&any_true>("std.list.any", "whether at least one of the flags is true (false for an empty list)");
  table.add<&all_true>("std.list.all", "whether every flag is true (true for an empty list)");
  table.add_raw("std.list.distinct", {{a_list}, a_list}, &distinct, false,
                "the items without repeats, each where it first appears");
  table.add_raw("std.list.contains", {{a_list, TypePattern::var()}, TypePattern::exact(TypeTable::kBool)}, &contains,
                false, "whether the list has the value (as `value in list`)");
  const Signature pick{{a_list}, TypePattern::optional_of_var(), VarConstraint::Comparable};
  table.add_raw("std.list.min", pick, &smallest, false,
                "the smallest item (earliest time, first text in byte order); missing for an empty list");
  table.add_raw("std.list.max", pick, &largest, false,
                "the largest item (latest time, last text in byte order); missing for an empty list");
  table.add<&sum_ints>("std.list.sum", "the total of whole numbers (0 for an empty list)");
  table.add<&sum_numbers>("std.list.sum", "the total of numbers (0 for an empty list)");
}

}  // namespace charter::stdlib::list
