// equal_bytes against memcmp and copy_bytes against memcpy: every length up
// to past the word sizes, a difference at every position, and no access
// outside either range (the strings sit at the very end of their buffers,
// where ASan would see one).
#include <gtest/gtest.h>

#include <cstring>
#include <memory>

#include "base/short_bytes.hpp"

namespace charter {
namespace {

TEST(EqualBytes, AgreesWithMemcmpForEveryLengthAndDifference) {
  for (size_t n = 0; n <= 40; ++n) {
    // Exactly n bytes each, so any read past the end leaves the allocation.
    auto a = std::make_unique<char[]>(n + 1);
    auto b = std::make_unique<char[]>(n + 1);
    char* x = a.get() + 1;
    char* y = b.get() + 1;
    for (size_t i = 0; i < n; ++i) x[i] = y[i] = static_cast<char>('a' + i % 26);
    EXPECT_TRUE(equal_bytes(x, y, n)) << "length " << n;
    for (size_t at = 0; at < n; ++at) {
      y[at] = 'Z';
      EXPECT_FALSE(equal_bytes(x, y, n)) << "length " << n << ", difference at " << at;
      EXPECT_EQ(equal_bytes(x, y, n), std::memcmp(x, y, n) == 0);
      y[at] = x[at];
    }
  }
}

TEST(CopyBytes, CopiesEveryLengthExactly) {
  for (size_t n = 0; n <= 70; ++n) {
    auto from = std::make_unique<char[]>(n + 1);
    auto to = std::make_unique<char[]>(n + 1);
    for (size_t i = 0; i <= n; ++i) {
      from[i] = static_cast<char>('a' + i % 26);
      to[i] = '.';
    }
    // The n bytes end where each allocation ends; byte 0 must stay untouched.
    copy_bytes(to.get() + 1, from.get() + 1, n);
    EXPECT_EQ(to[0], '.') << "length " << n;
    EXPECT_EQ(std::memcmp(to.get() + 1, from.get() + 1, n), 0) << "length " << n;
  }
}

}  // namespace
}  // namespace charter
