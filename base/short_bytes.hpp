// Equality and copies of short byte strings, inline. Field names, enum
// spellings, set members and the pieces of a decision's JSON are mostly
// under 32 bytes, and a call to memcmp or memcpy for each cost more than the
// work itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace charter {

// True when a[0, n) == b[0, n). Reads nothing outside either range: short
// strings are compared as two overlapping words.
inline bool equal_bytes(const char* a, const char* b, size_t n) {
  const auto word8 = [](const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  };
  const auto word4 = [](const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return ((word8(a) ^ word8(b)) | (word8(a + n - 8) ^ word8(b + n - 8))) == 0;
  }
  if (n >= 4) return ((word4(a) ^ word4(b)) | (word4(a + n - 4) ^ word4(b + n - 4))) == 0;
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

namespace short_bytes_detail {

// Copies n bytes (kWord <= n <= 2 * kWord) as a first and a last word,
// which overlap when n < 2 * kWord.
template <size_t kWord>
inline void copy_ends(char* to, const char* from, size_t n) {
  char head[kWord], tail[kWord];
  std::memcpy(head, from, kWord);
  std::memcpy(tail, from + n - kWord, kWord);
  std::memcpy(to, head, kWord);
  std::memcpy(to + n - kWord, tail, kWord);
}

}  // namespace short_bytes_detail

// Copies from[0, n) to to[0, n) (which do not overlap). Reads and writes
// nothing outside either range: short copies are two overlapping moves.
inline void copy_bytes(char* to, const char* from, size_t n) {
  using short_bytes_detail::copy_ends;
  if (n > 32) {
    std::memcpy(to, from, n);
  } else if (n >= 16) {
    copy_ends<16>(to, from, n);
  } else if (n >= 8) {
    copy_ends<8>(to, from, n);
  } else if (n >= 4) {
    copy_ends<4>(to, from, n);
  } else {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

}  // namespace charter
