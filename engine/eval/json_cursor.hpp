// Writes JSON text through a raw cursor: room is made in large steps and
// every piece is copied straight in, where each `std::string::append` would
// be two calls into the library (a decision is some forty pieces). Phase:
// evaluation (output).
#pragma once

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/short_bytes.hpp"
#include "dsl/source/json_string.hpp"

namespace charter::engine {

// Text that keeps its room from one event to the next: `bytes` grows and
// never shrinks (so making room never fills it with zeros again), and the
// text is its first `size` bytes.
struct OutputText {
  std::string bytes;
  size_t size = 0;

  std::string_view view() const { return {bytes.data(), size}; }
  void clear() { size = 0; }
};

class JsonCursor {
 public:
  // Appends to `text`.
  explicit JsonCursor(OutputText& text) : bytes_(text.bytes), size_(&text.size) { start(text.size); }
  // Appends to a plain string, which holds exactly what was written at the end.
  explicit JsonCursor(std::string& out) : bytes_(out), size_(nullptr) { start(out.size()); }
  JsonCursor(const JsonCursor&) = delete;
  JsonCursor& operator=(const JsonCursor&) = delete;
  ~JsonCursor() {
    if (size_ != nullptr) *size_ = used();
    else bytes_.resize(used());
  }

  void put(char c) {
    reserve(1);
    *at_++ = c;
  }
  void put(std::string_view text) {
    reserve(text.size());
    copy_bytes(at_, text.data(), text.size());
    at_ += text.size();
  }
  // A JSON string literal of `text`, quoted and escaped.
  void string(std::string_view text) {
    reserve(dsl::max_json_string_size(text.size()));
    at_ = dsl::write_json_string(at_, text);
  }
  void integer(int64_t value) {
    reserve(24);
    at_ = std::to_chars(at_, at_ + 24, value).ptr;
  }
  // The shortest text that reads back as the same double.
  void number(double value) {
    reserve(32);
    at_ = std::to_chars(at_, at_ + 32, value).ptr;
  }
  // Lets `append(std::string&)` append to the text as a string, for writers
  // that only know strings.
  template <class Append>
  void append_to_string(Append&& append) {
    bytes_.resize(used());
    append(bytes_);
    start(bytes_.size());
  }
  // The last byte written, or '\0' when nothing is written.
  char last() const { return at_ == bytes_.data() ? '\0' : at_[-1]; }
  void drop_last() { --at_; }

 private:
  static constexpr size_t kStep = 512;

  size_t used() const { return static_cast<size_t>(at_ - bytes_.data()); }
  void start(size_t used) {
    at_ = bytes_.data() + used;
    limit_ = bytes_.data() + bytes_.size();
    reserve(kStep);
  }
  void reserve(size_t size) {
    if (static_cast<size_t>(limit_ - at_) < size) grow(size);
  }
  void grow(size_t size) {
    const size_t in_use = used();
    bytes_.resize(std::max(bytes_.size() + bytes_.size() / 2, in_use + size + kStep));
    at_ = bytes_.data() + in_use;
    limit_ = bytes_.data() + bytes_.size();
  }

  std::string& bytes_;
  size_t* size_;
  char* at_ = nullptr;
  char* limit_ = nullptr;
};

}  // namespace charter::engine
