#include "stdlib/core/value.hpp"

#include <algorithm>

#include "base/short_bytes.hpp"

namespace charter::stdlib {
namespace {

int sign(int64_t a, int64_t b) { return a < b ? -1 : (a > b ? 1 : 0); }

int compare_doubles(double a, double b) {
  // NaN never reaches a value (arithmetic that would make one is not
  // evaluable), so this order is total on what exists.
  return a < b ? -1 : (a > b ? 1 : 0);
}

}  // namespace

bool values_equal(const Value& a, const Value& b) {
  if ((a.kind == ValueKind::Int || a.kind == ValueKind::Number) &&
      (b.kind == ValueKind::Int || b.kind == ValueKind::Number)) {
    if (a.kind == ValueKind::Int && b.kind == ValueKind::Int) return a.as_int() == b.as_int();
    return a.as_double() == b.as_double();
  }
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ValueKind::Missing:
    case ValueKind::Null: return true;
    case ValueKind::Bool: return a.as_bool() == b.as_bool();
    case ValueKind::String: return a.size == b.size && equal_bytes(a.payload.chars, b.payload.chars, a.size);
    case ValueKind::Enum: return a.type == b.type && a.as_ordinal() == b.as_ordinal();
    case ValueKind::List:
    case ValueKind::Record:
      if (a.size != b.size) return false;
      for (uint32_t i = 0; i < a.size; ++i) {
        if (!values_equal(a.items()[i], b.items()[i])) return false;
      }
      return true;
    case ValueKind::Map:
      if (a.size != b.size) return false;
      for (uint32_t i = 0; i < a.size; ++i) {
        if (!values_equal(a.entries()[i].key, b.entries()[i].key) ||
            !values_equal(a.entries()[i].value, b.entries()[i].value)) {
          return false;
        }
      }
      return true;
    case ValueKind::Opaque: return a.payload.opaque == b.payload.opaque;
    default: return a.payload.integer == b.payload.integer;
  }
}

int compare_values(const Value& a, const Value& b) {
  const bool a_numeric = a.kind == ValueKind::Int || a.kind == ValueKind::Number;
  const bool b_numeric = b.kind == ValueKind::Int || b.kind == ValueKind::Number;
  if (a_numeric && b_numeric) {
    if (a.kind == ValueKind::Int && b.kind == ValueKind::Int) return sign(a.as_int(), b.as_int());
    return compare_doubles(a.as_double(), b.as_double());
  }
  if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
  switch (a.kind) {
    case ValueKind::Missing:
    case ValueKind::Null: return 0;
    case ValueKind::Bool: return sign(a.as_bool(), b.as_bool());
    case ValueKind::String: {
      const int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ValueKind::List:
    case ValueKind::Record: {
      const uint32_t n = std::min(a.size, b.size);
      for (uint32_t i = 0; i < n; ++i) {
        if (const int c = compare_values(a.items()[i], b.items()[i]); c != 0) return c;
      }
      return sign(a.size, b.size);
    }
    case ValueKind::Map: {
      const uint32_t n = std::min(a.size, b.size);
      for (uint32_t i = 0; i < n; ++i) {
        if (const int c = compare_values(a.entries()[i].key, b.entries()[i].key); c != 0) return c;
        if (const int c = compare_values(a.entries()[i].value, b.entries()[i].value); c != 0) return c;
      }
      return sign(a.size, b.size);
    }
    case ValueKind::Opaque: return 0;
    default: return sign(a.payload.integer, b.payload.integer);
  }
}

}  // namespace charter::stdlib
