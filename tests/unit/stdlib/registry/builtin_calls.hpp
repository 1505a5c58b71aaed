// Calls builtins of the default table by name and signature, as the
// evaluator does (a CallContext with an arena and the table's types), for
// the table-driven family tests. Values built here live in the caller's arena.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/core/operators.hpp"
#include "stdlib/registry/default_builtins.hpp"
#include "stdlib/time/rfc3339.hpp"

namespace charter::stdlib::testing {

struct Outcome {
  bool ok = false;
  Value value;
  std::string failure;  // why not evaluable, when !ok
};

// One row of a family table: a call and its expected value, or the reason it
// is not evaluable when `failure` is set.
struct Row {
  std::string_view name;
  std::string_view signature;  // as stdlib::describe writes it: picks the overload
  std::vector<Value> args;
  Value expected;
  std::string_view failure = {};
};

class BuiltinCaller {
 public:
  BuiltinCaller() : table_(default_builtins()) {
    ctx_.arena = &arena_;
    ctx_.types = &table_.types();
  }

  const BuiltinTable& table() const { return table_; }

  // The overload of `name` with exactly that signature, or null.
  const BuiltinEntry* find(std::string_view name, std::string_view signature) const {
    for (BuiltinId id : table_.find(name)) {
      const BuiltinEntry& entry = table_.entry(id);
      if (describe(entry.signature, table_.types()) == signature) return &entry;
    }
    return nullptr;
  }

  Outcome call(std::string_view name, std::string_view signature, const std::vector<Value>& args) {
    const BuiltinEntry* entry = find(name, signature);
    if (entry == nullptr) {
      ADD_FAILURE() << "no builtin " << name << signature;
      return {};
    }
    EXPECT_EQ(entry->signature.params.size(), args.size()) << name;
    ctx_.failure = {};
    // As the evaluator does: the type the checker gave the call.
    ctx_.result_type = entry->signature.result.kind == PatternKind::Exact ? entry->signature.result.type
                                                                           : TypeTable::kError;
    Outcome outcome;
    outcome.ok = entry->impl(ctx_, args.data(), outcome.value);
    if (!outcome.ok) {
      outcome.failure = std::string(ctx_.failure);
      EXPECT_TRUE(entry->may_fail) << name << signature << " failed but is not marked as able to: "
                                   << outcome.failure;
    }
    return outcome;
  }

  // Checks a row; equal means same kind (Int is not Number) and same content.
  void check(const Row& row) {
    const Outcome outcome = call(row.name, row.signature, row.args);
    const std::string where = std::string(row.name) + std::string(row.signature) + " on (" + args_text(row.args) + ")";
    if (!row.failure.empty()) {
      EXPECT_FALSE(outcome.ok) << where << " gave " << text(outcome.value);
      EXPECT_EQ(outcome.failure, row.failure) << where;
      return;
    }
    ASSERT_TRUE(outcome.ok) << where << " was not evaluable: " << outcome.failure;
    EXPECT_TRUE(outcome.value.kind == row.expected.kind && values_equal(outcome.value, row.expected))
        << where << " gave " << text(outcome.value) << ", expected " << text(row.expected);
  }

  Value list(std::initializer_list<Value> items) {
    Value* stored = arena_.allocate_array<Value>(std::max<size_t>(items.size(), 1));
    std::copy(items.begin(), items.end(), stored);
    return Value::list(stored, static_cast<uint32_t>(items.size()));
  }

  // A field of a record a builtin returned, by name.
  Value field(const Value& record, std::string_view name) const {
    EXPECT_EQ(record.kind, ValueKind::Record);
    if (record.kind != ValueKind::Record) return {};
    const auto index = table_.types().record_info(TypeId{record.type}).find(name);
    EXPECT_TRUE(index.has_value()) << "no field " << name;
    return index ? record.items()[*index] : Value{};
  }

  std::string text(const Value& value) const {
    std::string out;
    append_text(out, value, table_.types());
    return out;
  }

 private:
  std::string args_text(const std::vector<Value>& args) const {
    std::string out;
    for (const Value& arg : args) out += (out.empty() ? "" : ", ") + text(arg);
    return out;
  }

  const BuiltinTable& table_;
  Arena arena_;
  CallContext ctx_;
};

inline Value str(std::string_view text) { return Value::string(text); }
inline Value at(std::string_view rfc3339) { return Value::time(*time::parse_rfc3339(rfc3339)); }
inline Value minutes(int64_t n) { return Value::duration(Duration{n * kMicrosPerMinute}); }
inline Value clock(int hour, int minute) { return Value::time_of_day(int64_t{hour} * 3600 + minute * 60); }

}  // namespace charter::stdlib::testing
