#include "stdlib/text/text_ops.hpp"

#include <utf8proc.h>

#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::text {
namespace {

// Byte length of the white space at the start of `text`.
size_t leading_space(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    const utf8::Decoded d = utf8::decode(text, pos);
    if (!d.valid || !utf8::is_space(d.code_point)) break;
    pos += d.length;
  }
  return pos;
}

// Byte length of the white space at the end of `text`.
size_t trailing_space(std::string_view text) {
  size_t end = text.size();
  while (end > 0) {
    const size_t start = utf8::previous_start(text, end);
    const utf8::Decoded d = utf8::decode(text, start);
    if (!d.valid || start + d.length != end || !utf8::is_space(d.code_point)) break;
    end = start;
  }
  return text.size() - end;
}

}  // namespace

bool contains(std::string_view text, std::string_view needle) {
  return text.find(needle) != std::string_view::npos;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.starts_with(prefix); }

bool ends_with(std::string_view text, std::string_view suffix) { return text.ends_with(suffix); }

int64_t length(std::string_view text) {
  int64_t count = 0;
  for (size_t pos = 0; pos < text.size(); ++count) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
    } else {
      pos += utf8::decode(text, pos).length;
    }
  }
  return count;
}

int64_t grapheme_count(std::string_view text) {
  int64_t count = 0;
  utf8proc_int32_t state = 0;
  utf8proc_int32_t previous = -1;
  for (size_t pos = 0; pos < text.size();) {
    const utf8::Decoded d = utf8::decode(text, pos);
    const auto current = static_cast<utf8proc_int32_t>(d.code_point);
    // An invalid byte is a cluster of its own, whatever surrounds it.
    if (previous < 0 || !d.valid || utf8proc_grapheme_break_stateful(previous, current, &state)) {
      ++count;
    }
    previous = d.valid ? current : -1;
    if (!d.valid) state = 0;
    pos += d.length;
  }
  return count;
}

std::string_view trim_start(std::string_view text) { return text.substr(leading_space(text)); }

std::string_view trim_end(std::string_view text) {
  return text.substr(0, text.size() - trailing_space(text));
}

std::string_view trim(std::string_view text) { return trim_end(trim_start(text)); }

std::span<const std::string_view> split(std::string_view text, std::string_view separator,
                                        Arena& arena) {
  if (!separator.empty()) {
    size_t count = 1;
    for (size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, at + separator.size())) {
      ++count;
    }
    auto* pieces = arena.allocate_array<std::string_view>(count);
    size_t start = 0;
    for (size_t i = 0; i + 1 < count; ++i) {
      const size_t at = text.find(separator, start);
      pieces[i] = text.substr(start, at - start);
      start = at + separator.size();
    }
    pieces[count - 1] = text.substr(start);
    return {pieces, count};
  }
  // Words: two passes (count, then fill) so the arena holds exactly the list.
  auto for_each_word = [&](auto&& visit) {
    size_t pos = leading_space(text);
    while (pos < text.size()) {
      size_t end = pos;
      while (end < text.size()) {
        const utf8::Decoded d = utf8::decode(text, end);
        if (d.valid && utf8::is_space(d.code_point)) break;
        end += d.length;
      }
      visit(text.substr(pos, end - pos));
      pos = end + leading_space(text.substr(end));
    }
  };
  size_t count = 0;
  for_each_word([&](std::string_view) { ++count; });
  if (count == 0) return {};
  auto* pieces = arena.allocate_array<std::string_view>(count);
  size_t i = 0;
  for_each_word([&](std::string_view word) { pieces[i++] = word; });
  return {pieces, count};
}

}  // namespace charter::stdlib::text
