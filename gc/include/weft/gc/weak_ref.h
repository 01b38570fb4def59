// WeakRef: a heap object that refers to a target without keeping it alive. When a collection
// finds the target unreachable, the reference is cleared (before any finalizer runs, so a
// finalizer cannot observe a weak reference to a dying object).
#pragma once

namespace weft::gc {

class WeakRef {
 public:
  static constexpr const char* gc_name = "weakref";
  explicit WeakRef(void* target) : target_(target) {}

  // The target's payload, or null once it has been collected.
  void* get() const { return target_; }
  template <class T>
  T* get_as() const {
    return static_cast<T*>(target_);
  }

 private:
  // Deliberately not traced. The collector clears it in place: keep it the first member.
  void* target_;
};

}  // namespace weft::gc
