#include "stdlib/core/arena.hpp"

#include <algorithm>

namespace charter::stdlib {

void* Arena::allocate(size_t size, size_t alignment) {
  for (;;) {
    if (current_ < blocks_.size()) {
      Block& block = blocks_[current_];
      const auto base = reinterpret_cast<uintptr_t>(block.data.get());
      const uintptr_t aligned = (base + used_ + alignment - 1) & ~(uintptr_t(alignment) - 1);
      const size_t offset = aligned - base;
      if (offset + size <= block.size) {
        used_ = offset + size;
        return block.data.get() + offset;
      }
      ++current_;
      used_ = 0;
      continue;
    }
    const size_t block_size = std::max(block_size_, size + alignment);
    blocks_.push_back(Block{std::make_unique<std::byte[]>(block_size), block_size});
  }
}

void Arena::reset() {
  current_ = 0;
  used_ = 0;
}

size_t Arena::bytes_reserved() const {
  size_t total = 0;
  for (const Block& block : blocks_) total += block.size;
  return total;
}

}  // namespace charter::stdlib
