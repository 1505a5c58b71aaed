// Read access to the concatenation of a few text parts (subject, " ", body)
// without building it. Internal to std.text: used where a match is checked or
// cited, never in the per-byte scan loop. Holds views; the parts must outlive it.
#pragma once

#include <cstring>
#include <span>
#include <string_view>

#include "stdlib/core/arena.hpp"
#include "stdlib/text/utf8.hpp"

namespace charter::stdlib::text {

class JoinedText {
 public:
  explicit JoinedText(std::span<const std::string_view> parts) : parts_(parts) {
    for (const std::string_view part : parts_) size_ += part.size();
  }

  size_t size() const { return size_; }

  /// Copies the bytes [begin, end) (end - begin <= capacity) into `out`.
  void copy(size_t begin, size_t end, char* out) const {
    size_t offset = 0;
    for (const std::string_view part : parts_) {
      const size_t part_end = offset + part.size();
      if (begin < part_end && end > offset) {
        const size_t from = std::max(begin, offset);
        const size_t to = std::min(end, part_end);
        std::memcpy(out + (from - begin), part.data() + (from - offset), to - from);
      }
      offset = part_end;
    }
  }

  /// The text [begin, end): a view into a part when it lies inside one,
  /// otherwise a copy in `arena`.
  std::string_view slice(size_t begin, size_t end, Arena& arena) const {
    size_t offset = 0;
    for (const std::string_view part : parts_) {
      if (begin >= offset && end <= offset + part.size()) {
        return part.substr(begin - offset, end - begin);
      }
      offset += part.size();
    }
    char* out = arena.allocate_array<char>(end - begin);
    copy(begin, end, out);
    return {out, end - begin};
  }

  /// The code point that ends at `pos`; nullopt-like kNone at the start.
  char32_t code_point_before(size_t pos) const {
    if (pos == 0) return kNone;
    char buffer[4];
    const size_t from = pos >= 4 ? pos - 4 : 0;
    copy(from, pos, buffer);
    const std::string_view window(buffer, pos - from);
    const size_t start = utf8::previous_start(window, window.size());
    return utf8::decode(window, start).code_point;
  }

  /// The code point that starts at `pos`; kNone at the end.
  char32_t code_point_at(size_t pos) const {
    if (pos >= size_) return kNone;
    char buffer[4];
    const size_t to = std::min(size_, pos + 4);
    copy(pos, to, buffer);
    return utf8::decode(std::string_view(buffer, to - pos), 0).code_point;
  }

  static constexpr char32_t kNone = 0x110000;  // outside Unicode: not a word character

 private:
  std::span<const std::string_view> parts_;
  size_t size_ = 0;
};

}  // namespace charter::stdlib::text
