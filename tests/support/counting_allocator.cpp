#include "tests/support/counting_allocator.hpp"

#include <cstdlib>
#include <new>

namespace charter::test_support {
thread_local bool counting = false;
thread_local size_t allocations = 0;
}  // namespace charter::test_support

using charter::test_support::allocations;
using charter::test_support::counting;

// Not inlined, so the compiler does not pair a new-expression with free().
__attribute__((noinline)) void* operator new(size_t size) {
  if (counting) ++allocations;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
__attribute__((noinline)) void* operator new[](size_t size) { return operator new(size); }
__attribute__((noinline)) void operator delete(void* p) noexcept { std::free(p); }
__attribute__((noinline)) void operator delete(void* p, size_t) noexcept { std::free(p); }
__attribute__((noinline)) void operator delete[](void* p) noexcept { std::free(p); }
__attribute__((noinline)) void operator delete[](void* p, size_t) noexcept { std::free(p); }
