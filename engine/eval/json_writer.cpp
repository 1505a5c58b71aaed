#include "engine/eval/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstring>

#include "dsl/source/json_string.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

using stdlib::Value;
using stdlib::ValueKind;

void write_json_string(std::string& out, std::string_view text) { dsl::append_json_string(out, text); }

void write_json_value(std::string& out, const Value& value, const plan::Plan& plan) {
  const stdlib::TypeTable& types = plan.types;
  char buffer[64];
  switch (value.kind) {
    case ValueKind::Missing:
    case ValueKind::Null: out += "null"; return;
    case ValueKind::Bool: out += value.as_bool() ? "true" : "false"; return;
    case ValueKind::Int: out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value.as_int()).ptr); return;
    case ValueKind::Number: out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value.as_number()).ptr); return;
    case ValueKind::String: write_json_string(out, value.as_string()); return;
    case ValueKind::Enum:
      out += plan.json.enum_values[types.info(stdlib::TypeId{value.type}).index][value.as_ordinal()];
      return;
    case ValueKind::List:
      out += '[';
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ',';
        write_json_value(out, value.items()[i], plan);
      }
      out += ']';
      return;
    case ValueKind::Record: {
      const auto& keys = plan.json.record_keys[types.info(stdlib::TypeId{value.type}).index];
      out += '{';
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ',';
        out += keys[i];
        write_json_value(out, value.items()[i], plan);
      }
      out += '}';
      return;
    }
    case ValueKind::Map:
      out += '{';
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out += ',';
        write_json_string(out, value.entries()[i].key.as_string());
        out += ':';
        write_json_value(out, value.entries()[i].value, plan);
      }
      out += '}';
      return;
    case ValueKind::Time:
    case ValueKind::Date:
    case ValueKind::TimeOfDay:
    case ValueKind::Duration:
      // Their texts (RFC 3339, "48h") are plain ASCII: nothing to escape, so
      // they are written in place, without a string of their own.
      out += '"';
      stdlib::append_text(out, value, types);
      out += '"';
      return;
    case ValueKind::Opaque: out += "null"; return;
  }
}

}  // namespace charter::engine
