// BlockSpace: the small-object area, as 32 KiB blocks of 128-byte lines. It hands out holes
// (runs of free lines) to the bump allocator and, after marking, sweeps blocks: object-start
// bits of dead objects are dropped and each block is classified as full, recyclable (has free
// lines) or empty.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "address_space.h"

namespace weft::gc {

struct BlockInfo {
  bool in_use = false;    // holds objects (or is being allocated into)
  bool dirty = false;     // free lines may hold garbage: zero a hole before handing it out
  bool touched = false;   // allocated into since the last collection
  bool committed = true;  // false once its pages went back to the OS
  uint16_t free_lines = kLinesPerBlock;
};

class BlockSpace {
 public:
  explicit BlockSpace(AddressSpace& space) : space_(space) {}

  // The next block that has free lines and has not been allocated into since the last sweep;
  // -1 if none.
  int64_t take_recyclable();
  // An empty block (committed ones first, then decommitted, then new ones); -1 if the area is
  // exhausted. The block is zeroed unless `zero` is false (evacuation fills it with copies; the
  // block stays dirty, so its free lines are zeroed when handed out as holes after the sweep).
  int64_t take_empty(bool zero = true);
  // Finds the next run of free lines in `block` at or after `line`; advances `line` past it.
  // The hole is zeroed if the block is dirty, unless `zero` is false (compiled code's holes).
  bool next_hole(size_t block, size_t& line, uintptr_t& start, uintptr_t& end,
                 bool zero = true) const;
  // The block is about to receive new objects: a minor sweep must look at it.
  void touch(size_t block);

  // Major collections start from clean mark bits and line marks.
  void clear_marks();
  // After marking: minor sweeps look only at touched blocks (old objects do not die in a minor
  // collection); major sweeps look at every block.
  void sweep(bool major);
  // Gives empty blocks beyond `keep` back to the OS.
  void release_empty(size_t keep);

  size_t blocks_used() const { return info_.size(); }  // the frontier
  size_t in_use_blocks() const { return in_use_; }
  size_t committed_blocks() const { return committed_; }
  const BlockInfo& info(size_t block) const { return info_[block]; }

 private:
  void sweep_block(size_t block);
  void zero(size_t block, uintptr_t start, uintptr_t end);

  AddressSpace& space_;
  std::vector<BlockInfo> info_;
  std::vector<uint32_t> empty_;       // not in use
  std::vector<uint32_t> recyclable_;  // in use, with free lines, untouched since the last sweep
  std::vector<uint32_t> touched_;
  size_t in_use_ = 0;
  size_t committed_ = 0;
};

}  // namespace weft::gc
