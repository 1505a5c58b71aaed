// CHARTER_CHECK: an always-on check of an internal invariant. A failure is a
// bug in Charter, never a user mistake (those are diagnostics): it prints
// where and why, then aborts so tests and fuzzers catch it.
#pragma once

#include <cstdio>
#include <cstdlib>

#define CHARTER_CHECK(condition, message)                                              \
  do {                                                                                 \
    if (!(condition)) [[unlikely]] {                                                   \
      std::fprintf(stderr, "%s:%d: internal error: %s (%s)\n", __FILE__, __LINE__,     \
                   message, #condition);                                               \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)
