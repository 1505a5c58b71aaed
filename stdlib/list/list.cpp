#include "stdlib/list/list.hpp"

#include <algorithm>
#include <cmath>

namespace charter::stdlib::list {
namespace {

// The item `better` prefers (first on ties); an Int only when every item is one.
template <class Better>
bool pick(const Value& list, Value& out, Better better) {
  if (list.size == 0) {
    out = Value::missing();
    return true;
  }
  const Value* items = list.items();
  const Value* chosen = &items[0];
  bool mixed = false;
  for (uint32_t i = 1; i < list.size; ++i) {
    mixed = mixed || items[i].kind != items[0].kind;
    if (better(compare_values(items[i], *chosen))) chosen = &items[i];
  }
  const bool numeric = chosen->kind == ValueKind::Int || chosen->kind == ValueKind::Number;
  out = mixed && numeric ? Value::number(chosen->as_double()) : *chosen;
  return true;
}

}  // namespace

bool count_items(CallContext&, const Value* args, Value& out) {
  out = Value::integer(args[0].size);
  return true;
}

bool any_true(ListView<bool> flags) {
  for (uint32_t i = 0; i < flags.size; ++i) {
    if (flags[i]) return true;
  }
  return false;
}

bool all_true(ListView<bool> flags) {
  for (uint32_t i = 0; i < flags.size; ++i) {
    if (!flags[i]) return false;
  }
  return true;
}

bool distinct(CallContext& ctx, const Value* args, Value& out) {
  const Value& list = args[0];
  const uint32_t n = list.size;
  if (n == 0) {
    out = list;
    return true;
  }
  const Value* items = list.items();
  // Positions sorted by value, then position: the first of each run of equal
  // values is where that value first appears. O(n log n), arena memory only.
  uint32_t* order = ctx.arena->allocate_array<uint32_t>(n);
  for (uint32_t i = 0; i < n; ++i) order[i] = i;
  std::sort(order, order + n, [items](uint32_t a, uint32_t b) {
    const int c = compare_values(items[a], items[b]);
    return c != 0 ? c < 0 : a < b;
  });
  bool* keep = ctx.arena->allocate_array<bool>(n);
  std::fill(keep, keep + n, false);
  for (uint32_t i = 0; i < n; ++i) {
    keep[order[i]] = i == 0 || compare_values(items[order[i - 1]], items[order[i]]) != 0;
  }
  Value* kept = ctx.arena->allocate_array<Value>(n);
  uint32_t size = 0;
  for (uint32_t i = 0; i < n; ++i) {
    if (keep[i]) kept[size++] = items[i];
  }
  out = Value::list(kept, size);
  return true;
}

bool contains(CallContext&, const Value* args, Value& out) {
  const Value& list = args[0];
  bool found = false;
  for (uint32_t i = 0; i < list.size && !found; ++i) found = values_equal(list.items()[i], args[1]);
  out = Value::boolean(found);
  return true;
}

bool smallest(CallContext&, const Value* args, Value& out) {
  return pick(args[0], out, [](int c) { return c < 0; });
}

bool largest(CallContext&, const Value* args, Value& out) {
  return pick(args[0], out, [](int c) { return c > 0; });
}

Evaluated<int64_t> sum_ints(ListView<int64_t> items) {
  int64_t total = 0;
  for (uint32_t i = 0; i < items.size; ++i) {
    if (__builtin_add_overflow(total, items[i], &total)) {
      return Evaluated<int64_t>::not_evaluable("the sum is too large for an integer");
    }
  }
  return total;
}

Evaluated<double> sum_numbers(ListView<double> items) {
  double total = 0;
  for (uint32_t i = 0; i < items.size; ++i) total += items[i];
  if (!std::isfinite(total)) return Evaluated<double>::not_evaluable("the sum is too large for a number");
  return total;
}

}  // namespace charter::stdlib::list
