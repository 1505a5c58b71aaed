// A runtime value: 16 bytes, trivially copyable, never owning. Phase:
// evaluation (and constant folding, which runs builtins at compile time).
// Strings, lists and records point into memory that outlives the
// evaluation: the plan's constant pool, the event's JSON buffer, or the
// per-thread arena. Enums are ordinals; records are arrays of field values.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "stdlib/core/time_value.hpp"

namespace charter::stdlib {

enum class ValueKind : uint8_t {
  Missing,  // an absent optional value
  Null,     // JSON null in a test event
  Bool,
  Int,
  Number,
  String,
  Enum,
  Time,
  Date,       // days since 1970-01-01
  TimeOfDay,  // seconds since midnight
  Duration,
  List,    // also sets: items in a canonical order
  Record,  // fields in declaration order
  Map,     // entries sorted by key
  Opaque,  // a builtin's own object (a prepared matcher, a scan result)
};

struct MapEntry;

struct Value {
  ValueKind kind = ValueKind::Missing;
  uint8_t flags = 0;
  uint16_t type = 0;  // Enum and Record: the TypeId, so output can name fields and values
  uint32_t size = 0;  // String: bytes; List/Record/Map: items
  union Payload {
    bool boolean;
    int64_t integer;
    double number;
    const char* chars;
    const Value* items;
    const MapEntry* entries;
    const void* opaque;
  } payload{.integer = 0};

  static Value missing() { return {}; }
  static Value null() { return make(ValueKind::Null); }
  static Value boolean(bool b) {
    Value v = make(ValueKind::Bool);
    v.payload.boolean = b;
    return v;
  }
  static Value integer(int64_t i) {
    Value v = make(ValueKind::Int);
    v.payload.integer = i;
    return v;
  }
  static Value number(double d) {
    Value v = make(ValueKind::Number);
    v.payload.number = d;
    return v;
  }
  static Value string(std::string_view s) {
    Value v = make(ValueKind::String);
    v.size = static_cast<uint32_t>(s.size());
    v.payload.chars = s.data();
    return v;
  }
  static Value enumeration(uint16_t type, uint32_t ordinal) {
    Value v = make(ValueKind::Enum);
    v.type = type;
    v.payload.integer = ordinal;
    return v;
  }
  static Value time(Instant t) {
    Value v = make(ValueKind::Time);
    v.payload.integer = t.micros;
    return v;
  }
  static Value date(int64_t days) {
    Value v = make(ValueKind::Date);
    v.payload.integer = days;
    return v;
  }
  static Value time_of_day(int64_t seconds) {
    Value v = make(ValueKind::TimeOfDay);
    v.payload.integer = seconds;
    return v;
  }
  static Value duration(Duration d) {
    Value v = make(ValueKind::Duration);
    v.payload.integer = d.micros;
    return v;
  }
  static Value list(const Value* items, uint32_t count) {
    Value v = make(ValueKind::List);
    v.size = count;
    v.payload.items = items;
    return v;
  }
  static Value record(uint16_t type, const Value* fields, uint32_t count) {
    Value v = make(ValueKind::Record);
    v.type = type;
    v.size = count;
    v.payload.items = fields;
    return v;
  }
  static Value map(const MapEntry* entries, uint32_t count) {
    Value v = make(ValueKind::Map);
    v.size = count;
    v.payload.entries = entries;
    return v;
  }
  static Value opaque(const void* object) {
    Value v = make(ValueKind::Opaque);
    v.payload.opaque = object;
    return v;
  }

  bool is_missing() const { return kind == ValueKind::Missing; }
  bool as_bool() const { return payload.boolean; }
  int64_t as_int() const { return payload.integer; }
  double as_number() const { return payload.number; }
  // Int or Number as a double.
  double as_double() const {
    return kind == ValueKind::Int ? static_cast<double>(payload.integer) : payload.number;
  }
  std::string_view as_string() const { return {payload.chars, size}; }
  uint32_t as_ordinal() const { return static_cast<uint32_t>(payload.integer); }
  Instant as_time() const { return Instant{payload.integer}; }
  Duration as_duration() const { return Duration{payload.integer}; }
  const Value* items() const { return payload.items; }
  const MapEntry* entries() const { return payload.entries; }

 private:
  static Value make(ValueKind kind) {
    Value v;
    v.kind = kind;
    return v;
  }
};

struct MapEntry {
  Value key;  // a String
  Value value;
};

static_assert(sizeof(Value) == 16, "a Value is 16 bytes");
static_assert(std::is_trivially_copyable_v<Value>, "Values are copied freely");

// Same kind and same content (strings by bytes, lists and records item by item).
bool values_equal(const Value& a, const Value& b);

// A total order for values of one type (used by sets, min/max, sorting);
// numbers compare numerically across Int and Number.
int compare_values(const Value& a, const Value& b);

}  // namespace charter::stdlib
