// After warm-up, latest_part and intent detection allocate nothing beyond
// the caller's arena (whose blocks are reused).
#include <gtest/gtest.h>


#include "stdlib/message/intents.hpp"
#include "tests/support/counting_allocator.hpp"
#include "tests/unit/stdlib/message/reply_layouts.hpp"

using charter::test_support::allocations;
using charter::test_support::counting;

namespace {

using charter::stdlib::Arena;
namespace message = charter::stdlib::message;

TEST(MessageAllocation, LatestPartAndIntentsAllocateNothingAfterWarmUp) {
  const auto& layouts = charter::test::reply_layouts();
  Arena arena;
  for (const auto& layout : layouts) {  // warm-up: the standard detector, arena blocks
    (void)message::message_intents(layout.body, arena);
    arena.reset();
  }
  size_t signals = 0;
  allocations = 0;
  counting = true;
  for (int round = 0; round < 5; ++round) {
    for (const auto& layout : layouts) {
      const auto result = message::message_intents(layout.body, arena);
      signals += result.intents.signals.size() + result.part.removed.size();
      arena.reset();
    }
  }
  counting = false;
  EXPECT_EQ(allocations, 0u);
  EXPECT_GT(signals, 0u);
}

}  // namespace
