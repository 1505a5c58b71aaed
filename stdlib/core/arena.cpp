#include "stdlib/core/arena.hpp"

#include <algorithm>

namespace charter::stdlib {

void Arena::enter_block(size_t index) {
  current_ = index;
  cursor_ = blocks_[index].data.get();
  limit_ = cursor_ + blocks_[index].size;
}

void* Arena::allocate_in_next_block(size_t size, size_t alignment) {
  // The blocks after the current one are free (kept from before a reset);
  // one large enough is used, else a new one is made.
  size_t next = cursor_ == nullptr ? 0 : current_ + 1;
  while (next < blocks_.size() && blocks_[next].size < size + alignment) ++next;
  if (next >= blocks_.size()) {
    const size_t block_size = std::max(block_size_, size + alignment);
    blocks_.push_back(Block{std::make_unique<std::byte[]>(block_size), block_size});
    next = blocks_.size() - 1;
  }
  enter_block(next);
  return allocate(size, alignment);
}

void Arena::reset() {
  current_ = 0;
  if (blocks_.empty()) {
    cursor_ = limit_ = nullptr;
  } else {
    enter_block(0);
  }
}

size_t Arena::bytes_reserved() const {
  size_t total = 0;
  for (const Block& block : blocks_) total += block.size;
  return total;
}

}  // namespace charter::stdlib
