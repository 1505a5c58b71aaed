#include "compiler/plan/plan.hpp"
#include "dsl/diag/render.hpp"

namespace charter::plan {

JsonNames json_names(const stdlib::TypeTable& types) {
  JsonNames names;
  for (const stdlib::EnumInfo& info : types.enums()) {
    auto& values = names.enum_values.emplace_back();
    for (const stdlib::EnumValue& value : info.values) values.push_back(dsl::json_quote(value.json));
  }
  for (const stdlib::RecordInfo& info : types.records()) {
    auto& keys = names.record_keys.emplace_back();
    for (const stdlib::FieldInfo& field : info.fields) keys.push_back(dsl::json_quote(field.name) + ":");
  }
  return names;
}

}  // namespace charter::plan
