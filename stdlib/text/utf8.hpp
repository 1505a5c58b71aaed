// UTF-8 decoding shared by the std.text and std.message families. Phase:
// evaluation (hot paths) and prepare time. Input is untrusted bytes: every
// function reads only inside the view it is given, and an invalid byte always
// decodes the same way (U+FFFD, one byte consumed), so output is deterministic.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace charter::stdlib::text::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Decoded {
  char32_t code_point;  // kReplacement for an invalid sequence
  uint32_t length;      // bytes consumed, 1..4; 1 for an invalid sequence
  bool valid;
};

/// Decodes the code point starting at `text[pos]` (pos < text.size()).
/// Rejects overlong forms, surrogates and values above U+10FFFF, like
/// utf8proc and RE2 do.
inline Decoded decode(std::string_view text, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t left = text.size() - pos;
  const unsigned char b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  auto cont = [&](size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (cont(1)) return {char32_t((b0 & 0x1F) << 6 | (p[1] & 0x3F)), 2, true};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (cont(1) && cont(2)) {
      const char32_t c = char32_t((b0 & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F));
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) return {c, 3, true};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (cont(1) && cont(2) && cont(3)) {
      const char32_t c =
          char32_t((b0 & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F));
      if (c >= 0x10000 && c <= 0x10FFFF) return {c, 4, true};
    }
  }
  return {kReplacement, 1, false};
}

/// The start of the code point that ends just before `pos` (0 < pos <= size):
/// steps back over at most three continuation bytes, then checks that the
/// sequence found really decodes to end at `pos`; otherwise the single byte
/// before `pos` stands alone (an invalid byte).
inline size_t previous_start(std::string_view text, size_t pos) {
  size_t start = pos - 1;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  while (start > 0 && pos - start < 4 && (p[start] & 0xC0) == 0x80) --start;
  const Decoded d = decode(text, start);
  return (d.valid && start + d.length == pos) ? start : pos - 1;
}

/// True when every byte is below 0x80.
inline bool is_ascii(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size();
  uint64_t acc = 0;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    acc |= word;
  }
  for (; n > 0; ++p, --n) acc |= static_cast<unsigned char>(*p);
  return (acc & 0x8080808080808080ull) == 0;
}

/// True when the whole text is well-formed UTF-8.
inline bool is_valid(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const Decoded d = decode(text, pos);
    if (!d.valid) return false;
    pos += d.length;
  }
  return true;
}

/// Writes `c` (a valid scalar value) as UTF-8 at `out`; returns the byte count.
inline size_t encode(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = char(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = char(0xC0 | (c >> 6));
    out[1] = char(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = char(0xE0 | (c >> 12));
    out[1] = char(0x80 | ((c >> 6) & 0x3F));
    out[2] = char(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (c >> 18));
  out[1] = char(0x80 | ((c >> 12) & 0x3F));
  out[2] = char(0x80 | ((c >> 6) & 0x3F));
  out[3] = char(0x80 | (c & 0x3F));
  return 4;
}

inline bool is_ascii_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

/// Unicode White_Space (ASCII and beyond: NBSP, the U+2000 block, ideographic space…).
inline bool is_space(char32_t c) {
  if (c < 0x80) return is_ascii_space(static_cast<unsigned char>(c));
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// A letter, mark, digit or connector punctuation ("_"): what whole-word
/// matching treats as part of a word. Invalid bytes are not word characters.
bool is_word_char(char32_t c);

}  // namespace charter::stdlib::text::utf8
