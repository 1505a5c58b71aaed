#include "stdlib/prelude/prelude.hpp"

#include <utf8proc.h>

#include "stdlib/num/num.hpp"

namespace charter::stdlib::prelude {

namespace {

// Maps case into the arena. ASCII bytes go through `map_ascii` in a loop the
// compiler vectorises; the rest through utf8proc, one code point at a time.
template <class Map>
std::string_view map_case(Arena& arena, std::string_view text, Map map_ascii,
                          utf8proc_int32_t (*map_unicode)(utf8proc_int32_t)) {
  // A code point grows by at most one byte in either direction of simple case mapping.
  char* out = arena.allocate_array<char>(text.size() * 3 / 2 + 4);
  size_t ascii = 0;
  while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80) ++ascii;
  for (size_t i = 0; i < ascii; ++i) out[i] = map_ascii(text[i]);
  size_t written = ascii;
  for (size_t i = ascii; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      out[written++] = map_ascii(text[i++]);
      continue;
    }
    utf8proc_int32_t code_point = 0;
    const auto length = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                         static_cast<utf8proc_ssize_t>(text.size() - i), &code_point);
    if (length <= 0) {
      out[written++] = text[i++];
      continue;
    }
    utf8proc_uint8_t encoded[4];
    const auto size = utf8proc_encode_char(map_unicode(code_point), encoded);
    for (utf8proc_ssize_t k = 0; k < size; ++k) out[written++] = static_cast<char>(encoded[k]);
    i += static_cast<size_t>(length);
  }
  return {out, written};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Generic builtins over values (their signatures have a type variable).
bool length_of_list(CallContext&, const Value* args, Value& out) {
  out = Value::integer(args[0].size);
  return true;
}

}  // namespace

std::string_view lower(CallContext& ctx, std::string_view text) {
  return map_case(*ctx.arena, text,
                  [](char c) { return static_cast<char>(c + ((static_cast<unsigned char>(c - 'A') < 26) << 5)); },
                  utf8proc_tolower);
}

std::string_view upper(CallContext& ctx, std::string_view text) {
  return map_case(*ctx.arena, text,
                  [](char c) { return static_cast<char>(c - ((static_cast<unsigned char>(c - 'a') < 26) << 5)); },
                  utf8proc_toupper);
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
  // The everyday numeric builtins, usable without `use`: std.num's own functions.
  table.add_raw("std.core.min", two_numbers, &num::minimum, false, "the smaller of two numbers");
  table.add_raw("std.core.max", two_numbers, &num::maximum, false, "the larger of two numbers");
  table.add_raw("std.core.abs", {{TypePattern::var()}, TypePattern::var(), VarConstraint::Numeric}, &num::absolute,
                true, "the absolute value of a number");
  table.add<&num::round_to_int>("std.core.round", "the nearest whole number (halves away from zero)");
  table.add<&num::round_to>("std.core.round", "the number rounded to a number of decimal places");
}

}  // namespace charter::stdlib::prelude
