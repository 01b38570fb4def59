// Memory for machine code, W^X: no page is writable and executable at one address. The code is
// executed from one mapping of a memory file (read+execute) and written through a second mapping
// of the same file elsewhere (read+write), so writing or patching code changes no page
// protection (two mprotect calls per write cost more than compiling a small bridge). Where no
// memory file can be made, and in a child process after fork() (the file is shared with the
// parent), the region is private memory whose pages are made read+write only while code is
// copied in. All code lives in one reserved region so that every
// jump between traces (and to the entry trampoline) fits a 32-bit displacement. The region is
// reserved next to the program's own image when that address range is free, so that compiled
// code also reaches the program's globals (an interpreter's stack pointer, depth counters, ...)
// RIP-relative; its first pages are a small read+write data area (never executable) with the
// same property, for the backend's own buffers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

namespace weft::jit::backend {

class CodeMemory {
 public:
  // 512 MiB of address space: the region below the program image, a 64 MiB gap, the image and
  // the brk heap's start (randomized up to 1 GiB above the image's end) stay within a rel32 of
  // every byte of the region, so globals and C++ heap objects made early are RIP-relative.
  static constexpr size_t kReserve = size_t{512} << 20;
  static constexpr size_t kAlign = 16;
  static constexpr size_t kDataBytes = size_t{16} << 10;  // the data area, at base()

  CodeMemory();
  ~CodeMemory();
  CodeMemory(const CodeMemory&) = delete;
  CodeMemory& operator=(const CodeMemory&) = delete;

  // An address where `size` bytes of code may be written with write(); 0 when full.
  uintptr_t allocate(size_t size);
  // Returns a range from allocate(); its pages go back to the OS once wholly unused.
  void release(uintptr_t address, size_t size);
  // Copies `bytes` to `address` (inside allocated ranges); code run afterwards sees them.
  void write(uintptr_t address, const void* bytes, size_t size);

  uintptr_t base() const { return base_; }
  bool contains(uintptr_t address) const { return address - base_ < kReserve; }
  // kDataBytes of zeroed read+write memory inside the region.
  void* data() const { return reinterpret_cast<void*>(base_); }
  // Whether a rel32 displacement from anywhere in the region reaches `address`.
  bool reaches(uintptr_t address) const;

 private:
  void protect(uintptr_t begin, uintptr_t end, int prot);
  bool map_file_views();
  // In a forked child: the region becomes private memory with the same contents.
  void unshare();
  friend struct CodeMemoryRegistry;

  uintptr_t base_ = 0;
  uintptr_t top_ = 0;                 // end of the part handed out so far
  int file_ = -1;                     // the memory file, when the code is dual-mapped
  intptr_t writable_offset_ = 0;      // writable view minus executable view; 0 if not dual-mapped
  std::map<uintptr_t, size_t> free_;  // released ranges below top_, coalesced
  std::vector<uint32_t> page_users_;  // allocations touching each page
  // Pages not executable in the executable view: released ones (a stale jump into them faults
  // instead of running old code), and all unused ones when not dual-mapped.
  std::vector<uint8_t> page_closed_;
};

}  // namespace weft::jit::backend
