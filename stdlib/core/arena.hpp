// A monotonic arena: bump allocation from reusable blocks, freed all at once
// by reset(). Phase: evaluation (per-thread scratch) and builtins that build
// text or lists for one event. After warm-up, reset() + the same work
// allocates nothing from the system: blocks are kept and reused.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace charter::stdlib {

class Arena {
 public:
  explicit Arena(size_t block_size = 64 * 1024) : block_size_(block_size) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Inline: the evaluator allocates a few times per event, and a call per
  // allocation cost more than the bump itself.
  void* allocate(size_t size, size_t alignment = alignof(std::max_align_t)) {
    const uintptr_t at = (reinterpret_cast<uintptr_t>(cursor_) + alignment - 1) & ~(uintptr_t(alignment) - 1);
    if (cursor_ != nullptr && at + size <= reinterpret_cast<uintptr_t>(limit_)) {
      cursor_ = reinterpret_cast<std::byte*>(at + size);
      return reinterpret_cast<void*>(at);
    }
    return allocate_in_next_block(size, alignment);
  }

  template <class T>
  T* allocate_array(size_t count) {
    return static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
  }

  // A copy of `text` that lives until reset(); the view's data is in the arena.
  std::string_view copy(std::string_view text) {
    if (text.empty()) return {};
    char* data = allocate_array<char>(text.size());
    std::memcpy(data, text.data(), text.size());
    return {data, text.size()};
  }

  // Forgets every allocation; keeps the blocks for reuse.
  void reset();

  size_t bytes_reserved() const;

 private:
  struct Block {
    std::unique_ptr<std::byte[]> data;
    size_t size;
  };
  void* allocate_in_next_block(size_t size, size_t alignment);
  void enter_block(size_t index);

  size_t block_size_;
  std::vector<Block> blocks_;
  size_t current_ = 0;           // index of the block being filled
  std::byte* cursor_ = nullptr;  // where its free space starts
  std::byte* limit_ = nullptr;   // where it ends
};

}  // namespace charter::stdlib
