// Scratch memory for the temporaries of recording and optimizing a trace: tables indexed by
// instruction, work lists, hash sets. A trace is compiled in a few hundred thousand
// instructions, and with the general-purpose heap each of its ~150 temporaries cost two
// malloc/free calls and cold memory; here an allocation is a pointer bump into blocks that
// are reused by the next trace.
//
// Usage: a ScratchScope around the work, and containers of std::pmr types built on
// scratch_arena() inside it. Everything allocated after a scope began is released when it
// ends: such containers must not outlive the scope (the trace itself, which the backend
// keeps, is never scratch). Scopes nest.
#pragma once

#include <cstddef>
#include <memory>
#include <memory_resource>
#include <vector>

namespace weft::jit {

class ScratchArena final : public std::pmr::memory_resource {
 public:
  // A position of the arena: release(mark) frees what was allocated after mark() returned it.
  struct Mark {
    size_t block = 0;
    size_t used = 0;
  };
  ScratchArena() = default;
  ScratchArena(const ScratchArena&) = delete;
  ScratchArena& operator=(const ScratchArena&) = delete;

  Mark mark() const { return {block_, used_}; }
  // Frees everything allocated after `m` (memory stays with the arena for later use, up to a
  // limit when the arena becomes empty).
  void release(Mark m);
  // Bytes the arena holds in blocks (allocated or not).
  size_t capacity() const;

 private:
  struct Block {
    std::unique_ptr<std::byte[]> data;
    size_t size = 0;
  };
  void* do_allocate(size_t bytes, size_t align) override;
  // Only the most recent allocation is given back at once; the rest waits for release().
  void do_deallocate(void* p, size_t bytes, size_t align) override;
  bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
    return this == &other;
  }

  std::vector<Block> blocks_;
  size_t block_ = 0;  // the block allocations come from (blocks_.size() when there is none)
  size_t used_ = 0;   // bytes of it in use
};

// This thread's arena.
ScratchArena& scratch_arena();

// Releases, when it ends, what this thread's arena allocated while it was alive.
class ScratchScope {
 public:
  ScratchScope() : arena_(scratch_arena()), mark_(arena_.mark()) {}
  ~ScratchScope() { arena_.release(mark_); }
  ScratchScope(const ScratchScope&) = delete;
  ScratchScope& operator=(const ScratchScope&) = delete;

 private:
  ScratchArena& arena_;
  ScratchArena::Mark mark_;
};

}  // namespace weft::jit
