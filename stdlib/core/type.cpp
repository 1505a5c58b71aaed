#include "stdlib/core/type.hpp"

namespace charter::stdlib {

std::optional<uint32_t> EnumInfo::find_path(std::string_view path) const {
  for (uint32_t i = 0; i < values.size(); ++i) {
    if (values[i].path == path) return i;
  }
  return std::nullopt;
}

std::optional<uint32_t> EnumInfo::find_json(std::string_view json) const {
  for (uint32_t i = 0; i < values.size(); ++i) {
    if (values[i].json == json) return i;
  }
  return std::nullopt;
}

std::optional<uint32_t> RecordInfo::find(std::string_view field) const {
  for (uint32_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field) return i;
  }
  return std::nullopt;
}

TypeTable::TypeTable() {
  for (TypeKind kind : {TypeKind::Error, TypeKind::Null, TypeKind::Bool, TypeKind::Int,
                        TypeKind::Number, TypeKind::String, TypeKind::Time, TypeKind::Date,
                        TypeKind::TimeOfDay, TypeKind::Duration}) {
    types_.push_back({kind, {}, 0});
  }
}

TypeId TypeTable::intern(TypeInfo info) {
  // Structural types are few; a linear search keeps ids dense and stable.
  for (uint32_t i = 0; i < types_.size(); ++i) {
    if (types_[i] == info) return TypeId{i};
  }
  types_.push_back(info);
  return TypeId{static_cast<uint32_t>(types_.size() - 1)};
}

TypeId TypeTable::optional_of(TypeId inner) {
  if (is_optional(inner) || inner == kError) return inner;
  return intern({TypeKind::Optional, inner, 0});
}

TypeId TypeTable::add_enum(EnumInfo enum_info) {
  enums_.push_back(std::move(enum_info));
  types_.push_back({TypeKind::Enum, {}, static_cast<uint32_t>(enums_.size() - 1)});
  return TypeId{static_cast<uint32_t>(types_.size() - 1)};
}

TypeId TypeTable::add_record(RecordInfo record_info) {
  records_.push_back(std::move(record_info));
  types_.push_back({TypeKind::Record, {}, static_cast<uint32_t>(records_.size() - 1)});
  return TypeId{static_cast<uint32_t>(types_.size() - 1)};
}

TypeId TypeTable::record_of(RecordInfo record_info) {
  const auto same_fields = [&](const RecordInfo& other) {
    if (!other.name.empty() || other.fields.size() != record_info.fields.size()) return false;
    for (size_t i = 0; i < other.fields.size(); ++i) {
      const FieldInfo& a = other.fields[i];
      const FieldInfo& b = record_info.fields[i];
      if (a.name != b.name || a.type != b.type || a.has_default || b.has_default) return false;
    }
    return true;
  };
  for (uint32_t id = 0; id < types_.size(); ++id) {
    if (types_[id].kind == TypeKind::Record && same_fields(records_[types_[id].index])) return TypeId{id};
  }
  return add_record(std::move(record_info));
}

std::string TypeTable::name(TypeId id) const {
  const TypeInfo& t = info(id);
  switch (t.kind) {
    case TypeKind::Error: return "<error>";
    case TypeKind::Null: return "null";
    case TypeKind::Bool: return "Bool";
    case TypeKind::Int: return "Int";
    case TypeKind::Number: return "Number";
    case TypeKind::String: return "String";
    case TypeKind::Time: return "Time";
    case TypeKind::Date: return "Date";
    case TypeKind::TimeOfDay: return "TimeOfDay";
    case TypeKind::Duration: return "Duration";
    case TypeKind::Enum: return enums_[t.index].name;
    case TypeKind::Record: {
      const RecordInfo& record = records_[t.index];
      if (!record.name.empty()) return record.name;
      std::string out = "{ ";
      for (size_t i = 0; i < record.fields.size(); ++i) {
        if (i > 0) out += ", ";
        out += record.fields[i].name + ": " + name(record.fields[i].type);
      }
      return out + " }";
    }
    case TypeKind::List: return "List<" + name(t.element) + ">";
    case TypeKind::Set: return "Set<" + name(t.element) + ">";
    case TypeKind::Map: return "Map<String, " + name(t.element) + ">";
    case TypeKind::Optional: return name(t.element) + "?";
  }
  return "?";
}

}  // namespace charter::stdlib
