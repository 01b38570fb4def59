#include "backend/code_memory.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace weft::jit::backend {

namespace {

size_t page_size() {
  static const size_t size = size_t(sysconf(_SC_PAGESIZE));
  return size;
}

[[noreturn]] void fatal(const char* what) {
  std::fprintf(stderr, "weft jit: %s\n", what);
  std::abort();
}

constexpr uintptr_t kNearGap = uintptr_t{64} << 20;  // between the image and the region

// Reserves kReserve bytes at `hint` exactly, or returns null.
void* reserve_at(uintptr_t hint) {
  if (hint == 0) return nullptr;
  void* p = mmap(reinterpret_cast<void*>(hint), CodeMemory::kReserve, PROT_NONE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  if (reinterpret_cast<uintptr_t>(p) != hint) {  // a kernel without MAP_FIXED_NOREPLACE
    munmap(p, CodeMemory::kReserve);
    return nullptr;
  }
  return p;
}

}  // namespace

// The linker's symbols for the start and the end of the program image holding this code.
extern "C" char __ehdr_start;
extern "C" char _end;

CodeMemory::CodeMemory() {
  // Below the image first (the heap grows up from its end), else above it past a gap left for
  // that heap, else anywhere (then nothing in the image is RIP-relative).
  uintptr_t start = reinterpret_cast<uintptr_t>(&__ehdr_start) & ~uintptr_t{0xfffff};
  uintptr_t end = (reinterpret_cast<uintptr_t>(&_end) + 0xfffff) & ~uintptr_t{0xfffff};
  void* p = start > kReserve + kNearGap ? reserve_at(start - kReserve - kNearGap) : nullptr;
  if (!p) p = reserve_at(end + kNearGap);
  if (!p)
    p = mmap(nullptr, kReserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("cannot reserve address space for machine code");
  base_ = reinterpret_cast<uintptr_t>(p);
  top_ = base_ + kDataBytes;
  page_users_.assign(kReserve / page_size(), 0);
  protect(base_, top_, PROT_READ | PROT_WRITE);
}

bool CodeMemory::reaches(uintptr_t address) const {
  auto fits = [](int64_t d) { return d == int64_t(int32_t(d)); };
  return fits(int64_t(address - base_)) && fits(int64_t(address - (base_ + kReserve)));
}

CodeMemory::~CodeMemory() { munmap(reinterpret_cast<void*>(base_), kReserve); }

void CodeMemory::protect(uintptr_t begin, uintptr_t end, int prot) {
  uintptr_t page = page_size();
  begin &= ~(page - 1);
  end = (end + page - 1) & ~(page - 1);
  if (mprotect(reinterpret_cast<void*>(begin), end - begin, prot) != 0)
    fatal("mprotect of machine code failed");
}

uintptr_t CodeMemory::allocate(size_t size) {
  size = (size + kAlign - 1) & ~(kAlign - 1);
  uintptr_t address = 0;
  for (auto it = free_.begin(); it != free_.end(); ++it) {  // first fit
    if (it->second < size) continue;
    address = it->first;
    size_t rest = it->second - size;
    free_.erase(it);
    if (rest) free_[address + size] = rest;
    break;
  }
  if (!address) {
    if (top_ + size > base_ + kReserve) return 0;
    address = top_;
    top_ += size;
  }
  size_t page = page_size();
  for (uintptr_t p = address & ~(page - 1); p < address + size; p += page) {
    if (page_users_[(p - base_) / page]++ == 0) protect(p, p + page, PROT_READ | PROT_EXEC);
  }
  return address;
}

void CodeMemory::release(uintptr_t address, size_t size) {
  size = (size + kAlign - 1) & ~(kAlign - 1);
  size_t page = page_size();
  for (uintptr_t p = address & ~(page - 1); p < address + size; p += page) {
    if (--page_users_[(p - base_) / page] == 0) {
      // Give the page back and make stale jumps into it fault instead of running old code.
      protect(p, p + page, PROT_NONE);
      madvise(reinterpret_cast<void*>(p), page, MADV_DONTNEED);
    }
  }
  auto [it, inserted] = free_.emplace(address, size);
  (void)inserted;
  auto next = std::next(it);
  if (next != free_.end() && it->first + it->second == next->first) {
    it->second += next->second;
    free_.erase(next);
  }
  if (it != free_.begin()) {
    auto prev = std::prev(it);
    if (prev->first + prev->second == it->first) {
      prev->second += it->second;
      free_.erase(it);
    }
  }
}

void CodeMemory::write(uintptr_t address, const void* bytes, size_t size) {
  protect(address, address + size, PROT_READ | PROT_WRITE);
  std::memcpy(reinterpret_cast<void*>(address), bytes, size);
  protect(address, address + size, PROT_READ | PROT_EXEC);
}

}  // namespace weft::jit::backend
