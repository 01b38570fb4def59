// Explicit roots: words outside the native stack (globals, malloc'd memory) that keep heap
// objects alive. The native stack and registers need none of this: they are scanned
// conservatively. Root words are looked up like stack words, so interior pointers are fine.
#pragma once

#include <utility>

namespace weft::gc {

// Registers the word at `slot` as a root until remove_root(slot). The registry is process-wide
// and may be used before any Heap exists (e.g. from static initializers).
void add_root(void* const* slot);
void remove_root(void* const* slot);

// Registers the words from `begin` up to (not including) `*top` as roots until
// remove_root_range(begin): a stack of values an interpreter keeps outside the native stack,
// of which only the part in use (below the top it moves) is scanned.
void add_root_range(void* const* begin, void* const* const* top);
void remove_root_range(void* const* begin);

// A pointer that is a root for as long as it exists: for globals and off-heap data structures.
template <class T>
class Root {
 public:
  Root(T* p = nullptr) : ptr_(p) { add_root(slot()); }  // NOLINT: implicit like a pointer
  Root(const Root& other) : Root(other.ptr_) {}
  ~Root() { remove_root(slot()); }
  Root& operator=(T* p) {
    ptr_ = p;
    return *this;
  }
  Root& operator=(const Root& other) { return *this = other.ptr_; }

  T* get() const { return ptr_; }
  operator T*() const { return ptr_; }  // NOLINT
  T* operator->() const { return ptr_; }

 private:
  void* const* slot() const { return reinterpret_cast<void* const*>(&ptr_); }
  T* ptr_;
};

}  // namespace weft::gc
