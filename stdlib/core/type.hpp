// Charter's types, interned in a TypeTable so a type is a 32-bit TypeId.
// Phase: shared — the checker assigns them, builtins declare them in their
// signatures, the plan keeps the table to read events and write decisions.
// The table owns the enum and record descriptions; ids stay valid with it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace charter::stdlib {

struct TypeId {
  uint32_t value = 0;
  friend bool operator==(TypeId, TypeId) = default;
  friend auto operator<=>(TypeId, TypeId) = default;
};

enum class TypeKind : uint8_t {
  Error,  // the type of an expression that failed to check; silences follow-up errors
  Null,   // the `null` literal of test events
  Bool,
  Int,
  Number,
  String,
  Time,
  Date,
  TimeOfDay,
  Duration,
  Enum,
  Record,
  List,
  Set,
  Map,       // Map<String, T>
  Optional,  // T?
};

struct EnumValue {
  std::string name;       // "PricingRequest"
  std::string path;       // "Sales.PricingRequest"
  std::string json;       // the JSON spelling
  int32_t parent = -1;    // the ordinal of the parent value, for hierarchical enums
};

struct EnumInfo {
  std::string name;    // "Category"
  std::string module;  // the module that declares it
  std::vector<EnumValue> values;  // ordinal = index; declaration order (parents before children)

  std::optional<uint32_t> find_path(std::string_view path) const;  // "Sales.PricingRequest"
  std::optional<uint32_t> find_json(std::string_view json) const;
};

struct FieldInfo {
  std::string name;  // as written: also the JSON key
  TypeId type;
  bool has_default = false;  // an absent field takes its default (see the plan's defaults)
};

struct RecordInfo {
  std::string name;  // "InboundEvent", or "" for an inline record
  std::vector<FieldInfo> fields;  // declaration order: the JSON key order on output

  std::optional<uint32_t> find(std::string_view field) const;
};

struct TypeInfo {
  TypeKind kind = TypeKind::Error;
  TypeId element;      // List, Set, Map (value), Optional (inner)
  uint32_t index = 0;  // Enum: into enums(); Record: into records()
  friend bool operator==(const TypeInfo&, const TypeInfo&) = default;
};

class TypeTable {
 public:
  TypeTable();

  // The predefined types have fixed ids.
  static constexpr TypeId kError{0}, kNull{1}, kBool{2}, kInt{3}, kNumber{4}, kString{5},
      kTime{6}, kDate{7}, kTimeOfDay{8}, kDuration{9};

  TypeId list_of(TypeId element) { return intern({TypeKind::List, element, 0}); }
  TypeId set_of(TypeId element) { return intern({TypeKind::Set, element, 0}); }
  TypeId map_of(TypeId value) { return intern({TypeKind::Map, value, 0}); }
  // `T?`; an optional of an optional is the optional itself.
  TypeId optional_of(TypeId inner);
  TypeId add_enum(EnumInfo info);
  TypeId add_record(RecordInfo info);
  // The type of a record literal: nameless, without defaults, and the same
  // type for every literal with the same fields, so a list can hold them.
  TypeId record_of(RecordInfo info);

  const TypeInfo& info(TypeId id) const { return types_[id.value]; }
  TypeKind kind(TypeId id) const { return types_[id.value].kind; }
  const EnumInfo& enum_info(TypeId id) const { return enums_[info(id).index]; }
  const RecordInfo& record_info(TypeId id) const { return records_[info(id).index]; }
  RecordInfo& mutable_record_info(TypeId id) { return records_[info(id).index]; }
  const std::vector<EnumInfo>& enums() const { return enums_; }
  const std::vector<RecordInfo>& records() const { return records_; }
  size_t size() const { return types_.size(); }

  bool is_optional(TypeId id) const { return kind(id) == TypeKind::Optional; }
  // T for T?, else the type itself.
  TypeId strip_optional(TypeId id) const { return is_optional(id) ? info(id).element : id; }
  bool is_numeric(TypeId id) const { return kind(id) == TypeKind::Int || kind(id) == TypeKind::Number; }

  // The type as a person writes it: "List<Attachment>?", "Route".
  std::string name(TypeId id) const;

 private:
  TypeId intern(TypeInfo info);
  std::vector<TypeInfo> types_;
  std::vector<EnumInfo> enums_;
  std::vector<RecordInfo> records_;
};

}  // namespace charter::stdlib
