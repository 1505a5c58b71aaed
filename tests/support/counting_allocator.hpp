// A global operator new that counts the allocations a thread makes while it
// asks to, for the tests that assert "nothing allocated after warm-up".
// Link counting_allocator.cpp into the test executable (it replaces the
// global operators for that whole program).
#pragma once

#include <cstddef>

namespace charter::test_support {

extern thread_local bool counting;        // count this thread's allocations now
extern thread_local size_t allocations;   // how many were counted

}  // namespace charter::test_support
