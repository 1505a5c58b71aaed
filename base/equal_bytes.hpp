// Equality of two short byte strings of the same length, inline. Field
// names, enum spellings and set members are mostly under 16 bytes, and a
// call to memcmp for each comparison cost more than the comparison itself.
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

}  // namespace charter
