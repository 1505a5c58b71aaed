#include "stdlib/text/normalize.hpp"

#include <utf8proc.h>

#include <cstring>

#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::text {
namespace {

bool is_ascii_upper(unsigned char c) { return static_cast<unsigned char>(c - 'A') < 26u; }

// Runs utf8proc over valid UTF-8 with `options`, writing into the arena. The
// code-point buffer is also the output buffer: utf8proc_reencode writes the
// UTF-8 bytes over it in place, so the result needs no further copy.
std::string_view map_with_utf8proc(std::string_view text, utf8proc_option_t options,
                                   Arena& arena) {
  const std::string_view input = sanitize_utf8(text, arena);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(input.data());
  const auto size = static_cast<utf8proc_ssize_t>(input.size());
  // A code point takes at least one byte, so size + slack covers the usual
  // case; folding and compatibility mappings that expand more are retried.
  utf8proc_ssize_t capacity = size + 16;
  auto* buffer = arena.allocate_array<utf8proc_int32_t>(static_cast<size_t>(capacity) + 1);
  utf8proc_ssize_t count = utf8proc_decompose(bytes, size, buffer, capacity, options);
  if (count > capacity) {
    capacity = count;
    buffer = arena.allocate_array<utf8proc_int32_t>(static_cast<size_t>(capacity) + 1);
    count = utf8proc_decompose(bytes, size, buffer, capacity, options);
  }
  if (count < 0) return input;  // cannot happen on sanitised input; keep the text
  const utf8proc_ssize_t length = utf8proc_reencode(buffer, count, options);
  if (length < 0) return input;
  const std::string_view result(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
  return result == text ? text : result;
}

}  // namespace

void ascii_lower_to(std::string_view text, char* out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    out[i] = static_cast<char>(c + (is_ascii_upper(c) ? 32 : 0));
  }
}

std::string_view ascii_lower(std::string_view text, Arena& arena) {
  size_t first = 0;
  while (first < text.size() && !is_ascii_upper(static_cast<unsigned char>(text[first]))) ++first;
  if (first == text.size()) return text;
  char* out = arena.allocate_array<char>(text.size());
  std::memcpy(out, text.data(), first);
  ascii_lower_to(text.substr(first), out + first);
  return {out, text.size()};
}

std::string_view fold_case(std::string_view text, Arena& arena) {
  if (utf8::is_ascii(text)) return ascii_lower(text, arena);
  return map_with_utf8proc(
      text, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD), arena);
}

std::string_view normalize_nfc(std::string_view text, Arena& arena) {
  if (utf8::is_ascii(text)) return text;
  return map_with_utf8proc(text, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE), arena);
}

std::string_view normalize_nfkc(std::string_view text, Arena& arena) {
  if (utf8::is_ascii(text)) return text;
  return map_with_utf8proc(
      text, utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT), arena);
}

std::string_view sanitize_utf8(std::string_view text, Arena& arena) {
  if (utf8::is_ascii(text) || utf8::is_valid(text)) return text;
  // Each bad byte (1 byte) becomes U+FFFD (3 bytes).
  char* out = arena.allocate_array<char>(text.size() * 3);
  size_t written = 0;
  for (size_t pos = 0; pos < text.size();) {
    const utf8::Decoded d = utf8::decode(text, pos);
    if (d.valid) {
      std::memcpy(out + written, text.data() + pos, d.length);
      written += d.length;
    } else {
      written += utf8::encode(utf8::kReplacement, out + written);
    }
    pos += d.length;
  }
  return {out, written};
}

std::string_view collapse_whitespace(std::string_view text, Arena& arena) {
  // First pass: is the text already collapsed? (no leading, trailing, double
  // or non-space white space). Most derived texts are, and stay views.
  bool changed = false;
  bool previous_space = true;  // a space at the start is a change
  size_t pos = 0;
  while (pos < text.size() && !changed) {
    const utf8::Decoded d = utf8::decode(text, pos);
    const bool space = utf8::is_space(d.code_point) && d.valid;
    if (space && (previous_space || d.code_point != ' ')) changed = true;
    previous_space = space;
    pos += d.length;
  }
  if (!changed && !previous_space) return text;
  if (!changed && text.empty()) return text;

  char* out = arena.allocate_array<char>(text.size());
  size_t written = 0;
  bool pending_space = false;
  for (pos = 0; pos < text.size();) {
    const utf8::Decoded d = utf8::decode(text, pos);
    if (d.valid && utf8::is_space(d.code_point)) {
      pending_space = written > 0;
    } else {
      if (pending_space) out[written++] = ' ';
      pending_space = false;
      std::memcpy(out + written, text.data() + pos, d.length);
      written += d.length;
    }
    pos += d.length;
  }
  return {out, written};
}

}  // namespace charter::stdlib::text
