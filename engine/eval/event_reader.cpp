#include "engine/eval/event_reader.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>

#include "base/short_bytes.hpp"
#include "engine/eval/json_validation.hpp"
#include "dsl/parse/literals.hpp"

namespace charter::engine {

namespace od = simdjson::ondemand;
using stdlib::TypeId;
using stdlib::TypeKind;
using stdlib::Value;

namespace {

constexpr size_t kMaxDepth = 64;

bool has_escape(const od::raw_json_string& raw) {
  // A raw key ends at its closing quote; an escaped quote follows a backslash.
  for (const char* p = raw.raw(); *p != '"'; ++p) {
    if (*p == '\\') return true;
  }
  return false;
}

class Reader {
 public:
  Reader(const plan::Plan& plan, Scratch& s, EventError& error) : plan_(plan), s_(s), error_(error), path_(s.path) {
    path_.clear();
  }

  bool record(od::value& value, uint32_t reader_index, Value& out, size_t depth) {
    const plan::RecordReader& reader = plan_.readers[reader_index];
    od::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) return wrong_type(value, "an object");
    const size_t count = reader.fields.size();
    Value* fields = s_.arena.allocate_array<Value>(std::max<size_t>(count, 1));
    uint64_t seen = 0;  // records have at most 64 fields (checked at compile time by the reader's size)
    for (auto field_result : object) {
      // The field is used where it was made: copying it out of its result
      // reads back, as one 16-byte load, stores that have not yet reached
      // the cache, which stalls (it was the reader's slowest line).
      if (field_result.error() != simdjson::SUCCESS) return invalid_json();
      od::field& field = field_result.value_unsafe();
      // Keys are compared as written; only a key with an escape is unescaped first.
      const od::raw_json_string raw = field.key();
      auto it = std::find_if(reader.fields.begin(), reader.fields.end(), [&](const plan::FieldReader& f) {
        // The key ends where the name does (a quote there), and has its bytes.
        return raw.raw()[f.name.size()] == '"' && equal_bytes(raw.raw(), f.name.data(), f.name.size());
      });
      if (it == reader.fields.end()) {
        // (A key can be unescaped once only: simdjson writes it into its buffer.)
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS) return invalid_json();
        if (has_escape(raw)) {
          it = std::find_if(reader.fields.begin(), reader.fields.end(),
                            [&](const plan::FieldReader& f) { return f.name == key; });
        }
        // Unknown fields are ignored, but must be JSON all the same: a
        // document that is not is refused whole, wherever the fault is.
        if (it == reader.fields.end()) {
          if (!is_valid_json(field.value(), kMaxDepth - depth)) {
            path_.push_back({key, -1});
            return fail("E0901", "the event is not valid JSON: `" + joined_path() + "` holds something that is not JSON");
          }
          continue;
        }
      }
      const auto index = static_cast<size_t>(it - reader.fields.begin());
      path_.push_back({it->name, -1});
      if (!read(field.value(), it->type, it->reader, fields[index], depth + 1)) return false;
      path_.pop_back();
      seen |= uint64_t{1} << (index & 63);
    }
    for (size_t i = 0; i < count; ++i) {
      if (seen & (uint64_t{1} << (i & 63))) continue;
      const plan::FieldReader& field = reader.fields[i];
      if (field.required) {
        path_.push_back({field.name, -1});
        return fail("E0903", "`" + joined_path() + "` is required");
      }
      fields[i] = field.default_value;
    }
    out = Value::record(static_cast<uint16_t>(reader.type.value), fields, static_cast<uint32_t>(count));
    return true;
  }

  // Built only for an error message.
  std::string joined_path() const {
    std::string out;
    for (const PathPart& part : path_) {
      if (part.index >= 0) {
        out += "[" + std::to_string(part.index) + "]";
        continue;
      }
      if (!out.empty()) out += '.';
      out += part.name;
    }
    return out;
  }

 private:
  bool read(od::value& value, TypeId type, uint32_t reader, Value& out, size_t depth) {
    const stdlib::TypeTable& types = plan_.types;
    if (depth > kMaxDepth) return fail("E0905", "the event nests deeper than " + std::to_string(kMaxDepth) + " levels");
    const TypeId declared = type;
    type = types.strip_optional(type);
    const TypeKind kind = types.kind(type);
    // A scalar is read first and looked at for null only when that fails
    // (most fields are not null); other values are looked at first.
    const bool scalar = kind == TypeKind::Bool || kind == TypeKind::Int || kind == TypeKind::Number ||
                        kind == TypeKind::String;
    if (!scalar && is_null(value)) return null_value(declared, out);
    switch (kind) {
      case TypeKind::Bool: {
        bool b = false;
        if (value.get_bool().get(b) != simdjson::SUCCESS) return not_a(value, declared, "a boolean", out);
        out = Value::boolean(b);
        return true;
      }
      case TypeKind::Int: {
        int64_t i = 0;
        if (value.get_int64().get(i) == simdjson::SUCCESS) {
          out = Value::integer(i);
          return true;
        }
        double d = 0;
        if (value.get_double().get(d) == simdjson::SUCCESS && std::floor(d) == d && std::fabs(d) < 9.2e18) {
          out = Value::integer(static_cast<int64_t>(d));
          return true;
        }
        return not_a(value, declared, "a whole number", out);
      }
      case TypeKind::Number: {
        double d = 0;
        if (value.get_double().get(d) != simdjson::SUCCESS) return not_a(value, declared, "a number", out);
        out = Value::number(d);
        return true;
      }
      case TypeKind::String: {
        std::string_view text;
        if (value.get_string().get(text) != simdjson::SUCCESS) return not_a(value, declared, "a string", out);
        out = Value::string(text);
        return true;
      }
      case TypeKind::Enum: return enumeration(value, type, out);
      case TypeKind::Time:
      case TypeKind::Date:
      case TypeKind::TimeOfDay:
      case TypeKind::Duration: return temporal(value, kind, out);
      case TypeKind::Record: return record(value, reader, out, depth);
      case TypeKind::List:
      case TypeKind::Set: return list(value, types.info(type).element, reader, out, depth);
      case TypeKind::Map: return map(value, types.info(type).element, reader, out, depth);
      default: return fail("E0902", "`" + joined_path() + "` has a type events cannot carry");
    }
  }

  static bool is_null(od::value& value) {
    bool null = false;
    return value.is_null().get(null) == simdjson::SUCCESS && null;
  }

  // A null where a value of `declared` is wanted: absent when it is optional.
  bool null_value(TypeId declared, Value& out) {
    if (plan_.types.is_optional(declared)) {
      out = Value::missing();
      return true;
    }
    return fail("E0902", "`" + joined_path() + "` cannot be null; it must be " + describe(declared));
  }

  // A scalar that did not read as `wanted`: null, or the wrong type.
  bool not_a(od::value& value, TypeId declared, const std::string& wanted, Value& out) {
    if (is_null(value)) return null_value(declared, out);
    return wrong_type(value, wanted);
  }

  bool enumeration(od::value& value, TypeId type, Value& out) {
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS) return wrong_type(value, "one of the values of " + plan_.types.name(type));
    const stdlib::EnumInfo& info = plan_.types.enum_info(type);
    for (uint32_t i = 0; i < info.values.size(); ++i) {
      const std::string& json = info.values[i].json;
      if (json.size() == text.size() && equal_bytes(json.data(), text.data(), text.size())) {
        out = Value::enumeration(static_cast<uint16_t>(type.value), i);
        return true;
      }
    }
    std::string allowed;
    for (size_t i = 0; i < info.values.size() && i < 16; ++i) allowed += (i ? ", " : "") + info.values[i].json;
    if (info.values.size() > 16) allowed += ", …";
    return fail("E0904", "`" + joined_path() + "` is \"" + std::string(text) + "\", which is not one of " + allowed);
  }

  bool temporal(od::value& value, TypeKind kind, Value& out) {
    std::string_view text;
    const char* wanted = kind == TypeKind::Time       ? "a date-time with its zone (RFC 3339)"
                         : kind == TypeKind::Date     ? "a date (YYYY-MM-DD)"
                         : kind == TypeKind::Duration ? "a duration such as \"48h\""
                                                      : "a time of day (HH:MM)";
    if (value.get_string().get(text) != simdjson::SUCCESS) return wrong_type(value, wanted);
    if (kind == TypeKind::Time) {
      // RFC 3339 writes `T` or a space between date and time; both read the same.
      if (const auto instant = text.size() >= 16 && (text[10] == 'T' || text[10] == 't' || text[10] == ' ')
                                   ? dsl::parse_detail::decode_datetime(text)
                                   : std::nullopt) {
        out = Value::time({instant->epoch_microseconds});
        return true;
      }
    } else if (kind == TypeKind::Date && text.size() == 10) {
      if (const auto date = dsl::parse_detail::decode_date(text)) {
        namespace chrono = std::chrono;
        const chrono::year_month_day civil{chrono::year(date->year), chrono::month(date->month), chrono::day(date->day)};
        out = Value::date(chrono::sys_days(civil).time_since_epoch().count());
        return true;
      }
    } else if (kind == TypeKind::Duration) {
      if (const auto ms = dsl::parse_detail::decode_duration_ms(text)) {
        out = Value::duration({*ms * 1000});
        return true;
      }
    } else if (const auto time = dsl::parse_detail::decode_time_of_day(text)) {
      out = Value::time_of_day(time->seconds);
      return true;
    }
    return fail("E0905", "`" + joined_path() + "` is \"" + std::string(text) + "\", which is not " + wanted);
  }

  bool list(od::value& value, TypeId element, uint32_t reader, Value& out, size_t depth) {
    od::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS) return wrong_type(value, "a list");
    if (s_.lists.size() <= depth) s_.lists.resize(depth + 1);
    std::vector<Value>& items = s_.lists[depth];
    items.clear();
    for (auto item : array) {
      od::value item_value;
      if (item.get(item_value) != simdjson::SUCCESS) return invalid_json();
      path_.push_back({{}, static_cast<int64_t>(items.size())});
      items.emplace_back();
      if (!read(item_value, element, reader, items.back(), depth + 1)) return false;
      path_.pop_back();
    }
    Value* stored = s_.arena.allocate_array<Value>(std::max<size_t>(items.size(), 1));
    std::copy(items.begin(), items.end(), stored);
    out = Value::list(stored, static_cast<uint32_t>(items.size()));
    return true;
  }

  bool map(od::value& value, TypeId element, uint32_t reader, Value& out, size_t depth) {
    od::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS) return wrong_type(value, "an object");
    if (s_.lists.size() <= depth) s_.lists.resize(depth + 1);
    std::vector<Value>& pairs = s_.lists[depth];  // key, value, key, value…
    pairs.clear();
    for (auto field : object) {
      std::string_view key;
      od::value field_value;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS || field.value().get(field_value) != simdjson::SUCCESS) {
        return invalid_json();
      }
      path_.push_back({key, -1});
      Value item;
      if (!read(field_value, element, reader, item, depth + 1)) return false;
      path_.pop_back();
      pairs.push_back(Value::string(key));
      pairs.push_back(item);
    }
    const size_t count = pairs.size() / 2;
    auto* entries = s_.arena.allocate_array<stdlib::MapEntry>(std::max<size_t>(count, 1));
    for (size_t i = 0; i < count; ++i) entries[i] = {pairs[2 * i], pairs[2 * i + 1]};
    // Sorted by key (a repeated key keeps its last value) for lookups by binary search.
    std::stable_sort(entries, entries + count, [](const stdlib::MapEntry& a, const stdlib::MapEntry& b) {
      return a.key.as_string() < b.key.as_string();
    });
    size_t unique = 0;
    for (size_t i = 0; i < count; ++i) {
      if (unique > 0 && entries[unique - 1].key.as_string() == entries[i].key.as_string()) entries[unique - 1] = entries[i];
      else entries[unique++] = entries[i];
    }
    out = Value::map(entries, static_cast<uint32_t>(unique));
    return true;
  }

  std::string describe(TypeId type) const { return plan_.types.name(type); }

  bool wrong_type(od::value& value, const std::string& wanted) {
    od::json_type found{};
    std::string what = "something else";
    if (value.type().get(found) == simdjson::SUCCESS) {
      switch (found) {
        case od::json_type::array: what = "a list"; break;
        case od::json_type::object: what = "an object"; break;
        case od::json_type::number: what = "a number"; break;
        case od::json_type::string: what = "a string"; break;
        case od::json_type::boolean: what = "a boolean"; break;
        case od::json_type::null: what = "null"; break;
      }
    }
    return fail("E0902", "`" + joined_path() + "` must be " + wanted + ", but is " + what);
  }

  bool invalid_json() { return fail("E0901", "the event is not valid JSON"); }

  bool fail(const char* code, std::string message) {
    error_.code = code;
    error_.path = joined_path();
    error_.message = std::move(message);
    return false;
  }

  const plan::Plan& plan_;
  Scratch& s_;
  EventError& error_;
  std::vector<PathPart>& path_;
};

// simdjson's message as the end of a sentence of ours: "A string is opened,
// but never closed." → "a string is opened, but never closed".
std::string parser_message(simdjson::error_code code) {
  std::string text = simdjson::error_message(code);
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (text.size() > 1 && std::isupper(static_cast<unsigned char>(text[0])) &&
      std::islower(static_cast<unsigned char>(text[1]))) {
    text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  }
  return text;
}

// The event's `event_id` (or `id`), for naming it in an error: searched for
// only when the event could not be read. Each search iterates the text
// afresh: after a syntax error simdjson abandons the document, which then
// cannot be rewound.
void find_event_id(std::string_view json, size_t capacity, Scratch& s) {
  for (const char* key : {"event_id", "id"}) {
    od::document document;
    od::object top;
    std::string_view id;
    if (s.parser.iterate(json.data(), json.size(), capacity).get(document) == simdjson::SUCCESS &&
        document.get_object().get(top) == simdjson::SUCCESS &&
        top.find_field_unordered(key).get_string().get(id) == simdjson::SUCCESS) {
      s.event_id.assign(id);
      return;
    }
  }
}

}  // namespace

ReadResult read_event(const plan::Plan& plan, Scratch& s, std::string_view json, size_t capacity, EventError& error) {
  ReadResult result;
  s.event_id.clear();
  if (capacity < json.size() + simdjson::SIMDJSON_PADDING) {
    s.input.assign(json);
    s.input.resize(json.size() + simdjson::SIMDJSON_PADDING, '\0');
    json = std::string_view(s.input.data(), json.size());
    capacity = s.input.size();
  }
  od::document document;
  if (const auto code = s.parser.iterate(json.data(), json.size(), capacity).get(document); code != simdjson::SUCCESS) {
    error = {"E0901", "", "the event is not valid JSON: " + parser_message(code)};
    return result;
  }
  od::object top;
  if (const auto code = document.get_object().get(top); code != simdjson::SUCCESS) {
    // Something other than an object, or text that is not JSON at all (cut
    // short, or followed by more): say which.
    error = {"E0901", "", code == simdjson::INCORRECT_TYPE ? std::string("the event is not a JSON object")
                                                             : "the event is not valid JSON: " + parser_message(code)};
    return result;
  }
  // Which kind of event is it?
  size_t chosen = plan.entries.size();
  for (size_t e = 0; e < plan.entries.size() && chosen == plan.entries.size(); ++e) {
    bool matches = true;
    for (const auto& [field, expected] : plan.entries[e].dispatch) {
      std::string_view found;
      matches = matches && top.find_field_unordered(field).get_string().get(found) == simdjson::SUCCESS && found == expected;
    }
    if (matches) chosen = e;
  }
  if (chosen == plan.entries.size()) {
    find_event_id(json, capacity, s);
    result.event_id = s.event_id;
    std::string kinds;
    for (const plan::Entry& entry : plan.entries) {
      for (const auto& [field, expected] : entry.dispatch) kinds += (kinds.empty() ? "" : ", ") + field + " \"" + expected + "\"";
    }
    error = {"E0906", "", plan.entries.empty() ? "the bundle reads no events" : "no kind of event matches; the bundle reads events with " + kinds};
    return result;
  }
  document.rewind();
  od::value root;
  if (document.get_value().get(root) != simdjson::SUCCESS) {
    error = {"E0901", "", "the event is not valid JSON"};
    return result;
  }
  const plan::Entry& entry = plan.entries[chosen];
  Reader reader(plan, s, error);
  if (!reader.record(root, entry.reader, s.slots[entry.input_slot], 0)) {
    find_event_id(json, capacity, s);
    result.event_id = s.event_id;
    return result;
  }
  // The id, when the event has one, names it in its decision.
  const stdlib::Value& event = s.slots[entry.input_slot];
  for (const uint32_t id : plan.readers[entry.reader].id_fields) {
    if (id != plan::kNoTarget && event.items()[id].kind == stdlib::ValueKind::String) {
      s.event_id.assign(event.items()[id].as_string());
      result.event_id = s.event_id;
      break;
    }
  }
  result.ok = true;
  result.entry = static_cast<uint32_t>(chosen);
  return result;
}

}  // namespace charter::engine
