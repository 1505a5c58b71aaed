#include "engine/eval/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstring>

#include "dsl/source/source_file.hpp"
#include "stdlib/core/operators.hpp"

namespace charter::engine {

using stdlib::Value;
using stdlib::ValueKind;

namespace {

// Bytes that a JSON string cannot hold as they are: quote, backslash,
// control characters; and non-ASCII, checked for valid UTF-8.
constexpr auto kNeedsCare = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = true;
  for (int c = 0x7F; c < 256; ++c) table[c] = true;
  return table;
}();

}  // namespace

void write_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t plain = 0;
  while (plain < text.size() && !kNeedsCare[static_cast<unsigned char>(text[plain])]) ++plain;
  if (plain == text.size()) {
    const size_t at = out.size();
    out.resize(at + text.size() + 2);
    out[at] = '"';
    std::memcpy(out.data() + at + 1, text.data(), text.size());
    out[at + 1 + text.size()] = '"';
    return;
  }
  out += '"';
  size_t run = 0;  // bytes that need no escaping, copied in one go
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
      continue;
    }
    // Non-ASCII: kept as UTF-8 when valid, U+FFFD otherwise.
    const size_t length = dsl::utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\\ufffd";
    } else {
      out.append(text.substr(i, length));
      i += length - 1;
      run = i + 1;
    }
  }
  out.append(text.substr(run));
  out += '"';
}

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
    case ValueKind::Duration: {
      std::string text;
      stdlib::append_text(text, value, types);
      write_json_string(out, text);
      return;
    }
    case ValueKind::Opaque: out += "null"; return;
  }
}

}  // namespace charter::engine
