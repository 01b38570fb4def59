#include "backend/code_memory.h"

#include <fcntl.h>
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#else
#define VALGRIND_DISCARD_TRANSLATIONS(address, size) ((void)(address), (void)(size))
#endif

// The linker's symbols for the start and the end of the program image holding this code.
extern "C" char __ehdr_start;
extern "C" char _end;

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

// Reserves kReserve bytes at `hint` exactly (of `file` when >= 0, else anonymous), or returns
// null.
void* reserve_at(uintptr_t hint, int file) {
  if (hint == 0) return nullptr;
  int flags = file >= 0 ? MAP_SHARED : MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
  void* p = mmap(reinterpret_cast<void*>(hint), CodeMemory::kReserve, PROT_NONE,
                 flags | MAP_FIXED_NOREPLACE, file, 0);
  if (p == MAP_FAILED) return nullptr;
  if (reinterpret_cast<uintptr_t>(p) != hint) {  // a kernel without MAP_FIXED_NOREPLACE
    munmap(p, CodeMemory::kReserve);
    return nullptr;
  }
  return p;
}

// Below the program image first (the heap grows up from its end), else above it past a gap left
// for that heap, else anywhere (then nothing in the image is RIP-relative).
void* reserve_region(int file) {
  uintptr_t start = reinterpret_cast<uintptr_t>(&__ehdr_start) & ~uintptr_t{0xfffff};
  uintptr_t end = (reinterpret_cast<uintptr_t>(&_end) + 0xfffff) & ~uintptr_t{0xfffff};
  void* p = start > CodeMemory::kReserve + kNearGap
                ? reserve_at(start - CodeMemory::kReserve - kNearGap, file)
                : nullptr;
  if (!p) p = reserve_at(end + kNearGap, file);
  if (!p) {
    int flags = file >= 0 ? MAP_SHARED : MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
    p = mmap(nullptr, CodeMemory::kReserve, PROT_NONE, flags, file, 0);
  }
  return p == MAP_FAILED ? nullptr : p;
}

}  // namespace

// Every dual-mapped CodeMemory, so that a forked child can stop sharing their files with its
// parent before it runs any code of theirs.
struct CodeMemoryRegistry {
  std::mutex lock;
  std::vector<CodeMemory*> live;

  static CodeMemoryRegistry& get() {
    static CodeMemoryRegistry* registry = [] {
      auto* r = new CodeMemoryRegistry;  // never destroyed: a fork may come during exit
      pthread_atfork([] { get().lock.lock(); }, [] { get().lock.unlock(); },
                     [] {
                       CodeMemoryRegistry& r = get();
                       for (CodeMemory* m : r.live) m->unshare();
                       r.live.clear();
                       r.lock.unlock();
                     });
      return r;
    }();
    return *registry;
  }
};

CodeMemory::CodeMemory() {
  page_users_.assign(kReserve / page_size(), 0);
  if (!map_file_views()) {
    void* p = reserve_region(-1);
    if (!p) fatal("cannot reserve address space for machine code");
    base_ = reinterpret_cast<uintptr_t>(p);
    page_closed_.assign(page_users_.size(), 1);
  }
  top_ = base_ + kDataBytes;
  // The data area is private memory even when the code is dual-mapped: compiled code writes it,
  // and a forked child's writes must not reach its parent.
  if (mmap(reinterpret_cast<void*>(base_), kDataBytes, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
    fatal("cannot map the machine code's data area");
}

bool CodeMemory::map_file_views() {
  int file = memfd_create("weft-jit-code", MFD_CLOEXEC);
  if (file < 0) return false;
  void* exec = nullptr;
  void* writable = MAP_FAILED;
  if (ftruncate(file, off_t(kReserve)) == 0) exec = reserve_region(file);
  if (exec) writable = mmap(nullptr, kReserve, PROT_READ | PROT_WRITE, MAP_SHARED, file, 0);
  if (writable == MAP_FAILED) {
    if (exec) munmap(exec, kReserve);
    close(file);
    return false;
  }
  // Unused pages are executable already (they hold zeros, never old code): allocations then
  // change no protection until a page has been released.
  if (mprotect(exec, kReserve, PROT_READ | PROT_EXEC) != 0)
    fatal("mprotect of machine code failed");
  base_ = reinterpret_cast<uintptr_t>(exec);
  file_ = file;
  writable_offset_ = reinterpret_cast<intptr_t>(writable) - reinterpret_cast<intptr_t>(exec);
  page_closed_.assign(page_users_.size(), 0);
  CodeMemoryRegistry& registry = CodeMemoryRegistry::get();
  std::lock_guard<std::mutex> hold(registry.lock);
  registry.live.push_back(this);
  return true;
}

void CodeMemory::unshare() {
  // Private memory over the executable view (the writable view still shows the contents), then
  // the pages' protections as the fallback mode keeps them.
  size_t used = top_ - base_ - kDataBytes;
  auto* code = reinterpret_cast<void*>(base_ + kDataBytes);
  if (mmap(code, kReserve - kDataBytes, PROT_READ | PROT_WRITE,
           MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0) == MAP_FAILED)
    fatal("cannot copy machine code after fork()");
  std::memcpy(code, reinterpret_cast<void*>(base_ + kDataBytes + writable_offset_), used);
  munmap(reinterpret_cast<void*>(base_ + writable_offset_), kReserve);
  close(file_);
  file_ = -1;
  writable_offset_ = 0;
  size_t page = page_size();
  protect(base_ + kDataBytes, base_ + kReserve, PROT_NONE);
  for (size_t i = kDataBytes / page; i < page_users_.size(); ++i) {
    page_closed_[i] = page_users_[i] == 0;
    if (!page_closed_[i]) protect(base_ + i * page, base_ + (i + 1) * page, PROT_READ | PROT_EXEC);
  }
}

bool CodeMemory::reaches(uintptr_t address) const {
  auto fits = [](int64_t d) { return d == int64_t(int32_t(d)); };
  return fits(int64_t(address - base_)) && fits(int64_t(address - (base_ + kReserve)));
}

CodeMemory::~CodeMemory() {
  if (file_ >= 0) {
    CodeMemoryRegistry& registry = CodeMemoryRegistry::get();
    {
      std::lock_guard<std::mutex> hold(registry.lock);
      std::erase(registry.live, this);
    }
    munmap(reinterpret_cast<void*>(base_ + writable_offset_), kReserve);
    close(file_);
  }
  munmap(reinterpret_cast<void*>(base_), kReserve);
}

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
    size_t i = (p - base_) / page;
    if (page_users_[i]++ == 0 && page_closed_[i]) {
      protect(p, p + page, PROT_READ | PROT_EXEC);
      page_closed_[i] = 0;
    }
  }
  return address;
}

void CodeMemory::release(uintptr_t address, size_t size) {
  size = (size + kAlign - 1) & ~(kAlign - 1);
  size_t page = page_size();
  for (uintptr_t p = address & ~(page - 1); p < address + size; p += page) {
    size_t i = (p - base_) / page;
    if (--page_users_[i] == 0) {
      // Give the page back and make stale jumps into it fault instead of running old code.
      protect(p, p + page, PROT_NONE);
      page_closed_[i] = 1;
      if (file_ >= 0)
        fallocate(file_, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, off_t(p - base_), off_t(page));
      else
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
  if (writable_offset_) {
    // x86 keeps instruction fetch coherent with stores by physical address, so the executable
    // view sees the bytes; Valgrind translates code once and must be told.
    std::memcpy(reinterpret_cast<void*>(address + writable_offset_), bytes, size);
    VALGRIND_DISCARD_TRANSLATIONS(address, size);
    return;
  }
  protect(address, address + size, PROT_READ | PROT_WRITE);
  std::memcpy(reinterpret_cast<void*>(address), bytes, size);
  protect(address, address + size, PROT_READ | PROT_EXEC);
}

}  // namespace weft::jit::backend
