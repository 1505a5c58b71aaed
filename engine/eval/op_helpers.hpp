// The work of the evaluator's less frequent ops, kept out of its loop so
// each case stays a line or two. Phase: evaluation. Everything allocates
// from the Scratch's arena only.
#pragma once

#include <cstring>

#include "compiler/plan/plan.hpp"
#include "dsl/ast/ast.hpp"
#include "engine/eval/scratch.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

stdlib::Value index_value(const stdlib::Value& container, const stdlib::Value& key);
stdlib::Value zero_of(const stdlib::Value& like);
stdlib::Value concat(Scratch& s, const stdlib::Value& a, const stdlib::Value& b);
bool in_list(const stdlib::Value& value, const stdlib::Value& list);
bool in_map(const stdlib::Value& key, const stdlib::Value& map);
stdlib::Value make_list(Scratch& s, const uint32_t* items, uint32_t count, bool as_set);
stdlib::Value make_record(Scratch& s, const uint32_t* fields, uint32_t count, uint32_t type);
stdlib::Value render_text(Scratch& s, const uint32_t* parts, uint32_t count);
void add_reason(Scratch& s, uint32_t node, const uint32_t* parts, uint32_t count, bool only_if_none);
// Applies a table's hit policy to the rows that matched; false when not evaluable.
bool finish_table(Scratch& s, dsl::ast::HitPolicy policy, uint32_t table, stdlib::Value& out, uint32_t& row_rule);
stdlib::Value node_reason(Scratch& s, uint32_t node);
stdlib::Value node_reasons(Scratch& s, uint32_t node);

// Copies a value as its two 8-byte halves. The op before often wrote the
// source as two 8-byte stores (a kind word, then a payload); one 16-byte load
// of it cannot be forwarded from the store buffer and waits for both stores
// to reach the cache, which made a plain copy the evaluator's slowest line.
inline void copy_value(stdlib::Value& to, const stdlib::Value& from) {
  static_assert(sizeof(stdlib::Value) == 16);
  uint64_t head;
  uint64_t payload;
  std::memcpy(&head, &from, 8);
  std::memcpy(&payload, reinterpret_cast<const char*>(&from) + 8, 8);
  // Keeps the two halves apart: otherwise they are merged into one vector copy.
  asm("" : "+r"(head), "+r"(payload));
  std::memcpy(static_cast<void*>(&to), &head, 8);
  std::memcpy(reinterpret_cast<char*>(static_cast<void*>(&to)) + 8, &payload, 8);
}

// Field `index` of a record, or missing when the record is (an optional
// record that is absent).
inline const stdlib::Value& field_of(const stdlib::Value& record, uint32_t index) {
  static constexpr stdlib::Value kMissing{};
  return record.kind == stdlib::ValueKind::Record ? record.items()[index] : kMissing;
}

// a + b into `out`, whole numbers inline; false (`failure` says why) when
// not evaluable, as stdlib::apply_arithmetic.
inline bool add_values(const stdlib::Value& a, const stdlib::Value& b, stdlib::Value& out, std::string_view& failure) {
  int64_t sum;
  if (a.kind == stdlib::ValueKind::Int && b.kind == stdlib::ValueKind::Int &&
      !__builtin_add_overflow(a.payload.integer, b.payload.integer, &sum)) {
    out = stdlib::Value::integer(sum);
    return true;
  }
  return stdlib::apply_arithmetic(stdlib::ArithmeticOp::Add, a, b, out, failure);
}

template <class T>
inline bool compare_as(stdlib::CompareOp op, T x, T y) {
  switch (op) {
    case stdlib::CompareOp::Eq: return x == y;
    case stdlib::CompareOp::Ne: return x != y;
    case stdlib::CompareOp::Lt: return x < y;
    case stdlib::CompareOp::Le: return x <= y;
    case stdlib::CompareOp::Gt: return x > y;
    case stdlib::CompareOp::Ge: return x >= y;
  }
  return false;
}

// Numbers inline; everything else through the shared semantics.
inline bool compare_fast(stdlib::CompareOp op, const stdlib::Value& a, const stdlib::Value& b) {
  using stdlib::ValueKind;
  if (a.kind == ValueKind::Int && b.kind == ValueKind::Int) return compare_as(op, a.payload.integer, b.payload.integer);
  if ((a.kind == ValueKind::Number || a.kind == ValueKind::Int) && (b.kind == ValueKind::Number || b.kind == ValueKind::Int)) {
    return compare_as(op, a.as_double(), b.as_double());
  }
  // Table cells over an enum column compare with == and !=; enums have no order.
  if (a.kind == ValueKind::Enum && b.kind == ValueKind::Enum && (op == stdlib::CompareOp::Eq || op == stdlib::CompareOp::Ne)) {
    return (a.type == b.type && a.as_ordinal() == b.as_ordinal()) == (op == stdlib::CompareOp::Eq);
  }
  return stdlib::apply_compare(op, a, b);
}

}  // namespace charter::engine
