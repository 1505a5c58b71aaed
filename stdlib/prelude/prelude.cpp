#include "stdlib/prelude/prelude.hpp"

#include <algorithm>
#include <cmath>

#include <utf8proc.h>

namespace charter::stdlib::prelude {

namespace {

template <class Map>
std::string map_case(std::string_view text, Map map_ascii, utf8proc_int32_t (*map_unicode)(utf8proc_int32_t)) {
  std::string out;
  out.resize(text.size());
  size_t i = 0;
  for (; i < text.size() && static_cast<unsigned char>(text[i]) < 0x80; ++i) out[i] = map_ascii(text[i]);
  if (i == text.size()) return out;
  out.resize(i);
  while (i < text.size()) {
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                         static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    if (length <= 0) {
      out += text[i++];
      continue;
    }
    utf8proc_uint8_t encoded[4];
    const auto written = utf8proc_encode_char(map_unicode(code_point), encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(written));
    i += static_cast<size_t>(length);
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Generic builtins over values (their signatures have a type variable).
bool length_of_list(CallContext&, const Value* args, Value& out) {
  out = Value::integer(args[0].size);
  return true;
}
bool minimum(CallContext&, const Value* args, Value& out) {
  out = compare_values(args[1], args[0]) < 0 ? args[1] : args[0];
  if (args[0].kind != args[1].kind) out = Value::number(out.as_double());
  return true;
}
bool maximum(CallContext&, const Value* args, Value& out) {
  out = compare_values(args[1], args[0]) > 0 ? args[1] : args[0];
  if (args[0].kind != args[1].kind) out = Value::number(out.as_double());
  return true;
}
bool absolute(CallContext& ctx, const Value* args, Value& out) {
  if (args[0].kind == ValueKind::Int) {
    if (args[0].as_int() == INT64_MIN) {
      ctx.failure = "the result is too large for an integer";
      return false;
    }
    out = Value::integer(args[0].as_int() < 0 ? -args[0].as_int() : args[0].as_int());
    return true;
  }
  out = Value::number(std::fabs(args[0].as_number()));
  return true;
}

double round_half_away(double value) { return std::round(value); }
int64_t round_number(double value) { return static_cast<int64_t>(round_half_away(value)); }
double round_to(double value, int64_t digits) {
  const double scale = std::pow(10.0, static_cast<double>(std::clamp<int64_t>(digits, -15, 15)));
  return std::round(value * scale) / scale;
}

}  // namespace

std::string lower(std::string_view text) {
  return map_case(text, [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }, utf8proc_tolower);
}

std::string upper(std::string_view text) {
  return map_case(text, [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }, utf8proc_toupper);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

int64_t length(std::string_view text) {
  int64_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }
bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

void register_prelude(BuiltinTable& table) {
  table.add<&lower>("std.core.lower", "the text in lower case (Unicode simple case mapping)");
  table.add<&upper>("std.core.upper", "the text in upper case (Unicode simple case mapping)");
  table.add<&trim>("std.core.trim", "the text without spaces, tabs and line breaks at either end");
  table.add<&length>("std.core.len", "the number of characters of a text");
  table.add_raw("std.core.len", {{TypePattern::list_of_var()}, TypePattern::exact(TypeTable::kInt)}, &length_of_list,
                false, "the number of items of a list or set");
  table.add<&contains>("std.core.contains", "whether the text contains the part, as is (no case folding)");
  table.add<&starts_with>("std.core.starts_with", "whether the text starts with the prefix");
  table.add<&ends_with>("std.core.ends_with", "whether the text ends with the suffix");
  const Signature two_numbers{{TypePattern::var(), TypePattern::var()}, TypePattern::var(), VarConstraint::Numeric};
  table.add_raw("std.core.min", two_numbers, &minimum, false, "the smaller of two numbers");
  table.add_raw("std.core.max", two_numbers, &maximum, false, "the larger of two numbers");
  table.add_raw("std.core.abs", {{TypePattern::var()}, TypePattern::var(), VarConstraint::Numeric}, &absolute, true,
                "the absolute value of a number");
  table.add<&round_number>("std.core.round", "the nearest whole number (halves away from zero)");
  table.add<&round_to>("std.core.round", "the number rounded to a number of decimal places");
}

}  // namespace charter::stdlib::prelude
