#include "dsl/source/json_string.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "base/short_bytes.hpp"
#include "dsl/source/source_file.hpp"

namespace charter::dsl {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighs = 0x8080808080808080ULL;

// A word's bytes that are zero, flagged in their high bit. Only the lowest
// flag is exact (a borrow can flag bytes above it), which is all we read.
constexpr uint64_t zero_bytes(uint64_t word) { return (word - kOnes) & ~word & kHighs; }

// How many bytes from `p` need no escaping: printable ASCII other than `"`
// and `\`. Eight bytes at a time, since most text is plain; a byte of 0x7F
// or above stops the run (DEL is escaped, the rest is checked as UTF-8).
size_t plain_run(const char* p, size_t size) {
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    const uint64_t control = (word - kOnes * 0x20) & ~word & kHighs;  // bytes below 0x20
    const uint64_t special = zero_bytes(word ^ (kOnes * '"')) | zero_bytes(word ^ (kOnes * '\\')) |
                             zero_bytes(word ^ (kOnes * 0x7F)) | (word & kHighs);
    if (const uint64_t flags = control | special) return i + static_cast<size_t>(__builtin_ctzll(flags) / 8);
  }
  for (; i < size; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) return i;
  }
  return size;
}

// The characters of the literal, without its quotes.
char* write_json_chars(char* out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  size_t i = 0;
  while (i < text.size()) {
    const size_t run = plain_run(text.data() + i, text.size() - i);
    copy_bytes(out, text.data() + i, run);
    out += run;
    i += run;
    if (i == text.size()) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // Kept as UTF-8 when valid, U+FFFD otherwise.
      const size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        std::memcpy(out, "\\ufffd", 6);
        out += 6;
        ++i;
      } else {
        std::memcpy(out, text.data() + i, length);
        out += length;
        i += length;
      }
      continue;
    }
    *out++ = '\\';
    switch (c) {
      case '"': *out++ = '"'; break;
      case '\\': *out++ = '\\'; break;
      case '\n': *out++ = 'n'; break;
      case '\r': *out++ = 'r'; break;
      case '\t': *out++ = 't'; break;
      default:
        std::memcpy(out, "u00", 3);
        out[3] = kHex[c >> 4];
        out[4] = kHex[c & 0xF];
        out += 5;
    }
    ++i;
  }
  return out;
}

}  // namespace

char* write_json_string(char* out, std::string_view text) {
  *out++ = '"';
  out = write_json_chars(out, text);
  *out++ = '"';
  return out;
}

void append_json_string(std::string& out, std::string_view text) {
  // In pieces, so that a long text does not make room for six times its size.
  constexpr size_t kPiece = 4096;
  out += '"';
  while (!text.empty()) {
    size_t piece = std::min(text.size(), kPiece);
    // Never between the bytes of one UTF-8 sequence (continuation bytes are 10xxxxxx).
    while (piece < text.size() && piece > kPiece - 4 && (static_cast<unsigned char>(text[piece]) & 0xC0) == 0x80) --piece;
    const size_t start = out.size();
    out.resize(start + max_json_string_size(piece));
    char* const end = write_json_chars(out.data() + start, text.substr(0, piece));
    out.resize(static_cast<size_t>(end - out.data()));
    text.remove_prefix(piece);
  }
  out += '"';
}

}  // namespace charter::dsl
