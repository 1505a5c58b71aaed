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

// Copies from[0, n) to to[0, n) (which do not overlap). Reads and writes
// nothing outside either range: short copies are two overlapping moves.
inline void copy_bytes(char* to, const char* from, size_t n) {
  const auto move = [](char* d, const char* s, size_t size) { std::memcpy(d, s, size); };
  if (n > 32) {
    std::memcpy(to, from, n);
  } else if (n >= 16) {
    char head[16], tail[16];
    move(head, from, 16);
    move(tail, from + n - 16, 16);
    move(to, head, 16);
    move(to + n - 16, tail, 16);
  } else if (n >= 8) {
    char head[8], tail[8];
    move(head, from, 8);
    move(tail, from + n - 8, 8);
    move(to, head, 8);
    move(to + n - 8, tail, 8);
  } else if (n >= 4) {
    char head[4], tail[4];
    move(head, from, 4);
    move(tail, from + n - 4, 4);
    move(to, head, 4);
    move(to + n - 4, tail, 4);
  } else {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

}  // namespace charter
