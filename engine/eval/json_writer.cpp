#include "engine/eval/json_writer.hpp"

#include "dsl/source/json_string.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

using stdlib::Value;
using stdlib::ValueKind;

void write_json_value(JsonCursor& out, const Value& value, const plan::Plan& plan) {
  const stdlib::TypeTable& types = plan.types;
  switch (value.kind) {
    case ValueKind::Missing:
    case ValueKind::Null: out.put("null"); return;
    case ValueKind::Bool: out.put(value.as_bool() ? std::string_view("true") : std::string_view("false")); return;
    case ValueKind::Int: out.integer(value.as_int()); return;
    case ValueKind::Number: out.number(value.as_number()); return;
    case ValueKind::String: out.string(value.as_string()); return;
    case ValueKind::Enum: out.put(plan.json.piece(value.type, value.as_ordinal())); return;
    case ValueKind::List:
      out.put('[');
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out.put(',');
        write_json_value(out, value.items()[i], plan);
      }
      out.put(']');
      return;
    case ValueKind::Record: {
      out.put('{');
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out.put(',');
        out.put(plan.json.piece(value.type, i));
        write_json_value(out, value.items()[i], plan);
      }
      out.put('}');
      return;
    }
    case ValueKind::Map:
      out.put('{');
      for (uint32_t i = 0; i < value.size; ++i) {
        if (i > 0) out.put(',');
        out.string(value.entries()[i].key.as_string());
        out.put(':');
        write_json_value(out, value.entries()[i].value, plan);
      }
      out.put('}');
      return;
    case ValueKind::Time:
    case ValueKind::Date:
    case ValueKind::TimeOfDay:
    case ValueKind::Duration:
      // Their texts (RFC 3339, "48h") are plain ASCII: nothing to escape.
      out.append_to_string([&](std::string& text) {
        text += '"';
        stdlib::append_text(text, value, types);
        text += '"';
      });
      return;
    case ValueKind::Opaque: out.put("null"); return;
  }
}

void write_json_string(std::string& out, std::string_view text) { dsl::append_json_string(out, text); }

void write_json_value(std::string& out, const Value& value, const plan::Plan& plan) {
  JsonCursor cursor(out);
  write_json_value(cursor, value, plan);
}

}  // namespace charter::engine
