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

}  // namespace

CodeMemory::CodeMemory() {
  void* p = mmap(nullptr, kReserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) fatal("cannot reserve address space for machine code");
  base_ = top_ = reinterpret_cast<uintptr_t>(p);
  page_users_.assign(kReserve / page_size(), 0);
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
