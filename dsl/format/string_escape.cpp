#include "dsl/format/string_escape.hpp"

#include <cstdint>
#include <cstdio>

#include "dsl/source/source_file.hpp"

namespace charter::dsl::format_detail {
namespace {

uint32_t decode(std::string_view bytes) {
  const auto b = [&](size_t i) {
    return static_cast<uint32_t>(static_cast<unsigned char>(bytes[i]));
  };
  switch (bytes.size()) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1Fu) << 6) | (b(1) & 0x3Fu);
    case 3: return ((b(0) & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    default:
      return ((b(0) & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) |
             (b(3) & 0x3Fu);
  }
}

// Characters that print as nothing or move the text around: control
// characters, line and paragraph separators, zero-width and bidirectional
// formatting marks. Written as escapes, a reviewer sees them.
bool invisible(uint32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
}

void append_code_point(std::string& out, uint32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\u{%X}", static_cast<unsigned>(c));
  out += buffer;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    switch (c) {
      case '"':
        out += "\\\"";
        ++i;
        continue;
      case '\\':
        out += "\\\\";
        ++i;
        continue;
      case '{':
        out += "\\{";
        ++i;
        continue;
      case '}':
        out += "\\}";
        ++i;
        continue;
      case '\n':
        out += "\\n";
        ++i;
        continue;
      case '\r':
        out += "\\r";
        ++i;
        continue;
      case '\t':
        out += "\\t";
        ++i;
        continue;
      case '\0':
        out += "\\0";
        ++i;
        continue;
      default: break;
    }
    const size_t length = utf8_sequence_length(text, i);
    if (length == 0) {  // not UTF-8: kept as it is (the parser reports such files)
      out += c;
      ++i;
      continue;
    }
    const std::string_view bytes = text.substr(i, length);
    const uint32_t code_point = decode(bytes);
    if (invisible(code_point)) {
      append_code_point(out, code_point);
    } else {
      out += bytes;
    }
    i += length;
  }
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  append_escaped(out, text);
  out += '"';
  return out;
}

}  // namespace charter::dsl::format_detail
