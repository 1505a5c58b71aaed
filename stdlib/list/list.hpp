// std.list: questions about the lists of an event — how many items, whether
// any or all flags hold, distinct items, membership, smallest, largest and
// sum. Phase: registration (implementations run in evaluation and constant
// folding). A list a builtin returns lives in the call's arena; its items
// are the argument's own values (nothing is copied but the item array).
#pragma once

#include <cstdint>

#include "stdlib/core/evaluated.hpp"
#include "stdlib/registry/builtin_table.hpp"

namespace charter::stdlib::list {

// (List<T>) -> Int
bool count_items(CallContext& ctx, const Value* args, Value& out);
bool any_true(ListView<bool> flags);
bool all_true(ListView<bool> flags);
// (List<T>) -> List<T>: each value once, where it first appears.
bool distinct(CallContext& ctx, const Value* args, Value& out);
// (List<T>, T) -> Bool, with the equality of `in` (1 == 1.0).
bool contains(CallContext& ctx, const Value* args, Value& out);
// (List<T>) -> T?: missing for an empty list. Ties keep the first item.
bool smallest(CallContext& ctx, const Value* args, Value& out);
bool largest(CallContext& ctx, const Value* args, Value& out);
// Not evaluable when the total leaves the Int range or is not a finite number.
Evaluated<int64_t> sum_ints(ListView<int64_t> items);
Evaluated<double> sum_numbers(ListView<double> items);

void register_list(BuiltinTable& table);

}  // namespace charter::stdlib::list
