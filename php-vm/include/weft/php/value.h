// The weft-php value: a 16-byte tagged union (tag + payload), and the heap objects it points at
// (strings, arrays, objects, references). All heap objects come from weft::gc.
//
// Contract:
// - Storing a Value anywhere runs the GC write barrier for pointer payloads (operator=), so a
//   Value may live in heap objects, frames, locals or globals alike; heap objects trace their
//   Values with trace_value().
// - Strings and arrays have value semantics in PHP. They are shared between holders without
//   copying; the "shared" bit in the GC header (mark_shared) is set at every copy point (assignment
//   from a variable, argument passing, storing into an array or property). A holder may mutate an
//   array or string in place only while the bit is clear; otherwise it copies first (separate()).
//   The bit is never cleared: a shared value stays shared, its copies start unshared.
// - Tag::Ref is a PHP reference (&): a box holding the Value. Variables, array elements and
//   properties may hold a Ref; readers dereference it. Undef marks unset variable slots and
//   deleted array buckets. Ptr and Iter are interpreter-internal (never visible to PHP code).
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "weft/gc/gc.h"

namespace weft::php {

struct String;
struct Array;
struct Object;
struct Ref;
struct Iter;

// Res: a php resource (a stream); the payload is its number, what it is lives in a table of
// the VM's (streams.h), so it is no pointer for the collector.
enum class Tag : uint8_t { Undef, Null, Bool, Int, Float, Res, Ptr, Str, Arr, Obj, Ref, Iter };

struct Value {
  Tag tag = Tag::Undef;
  // Not part of the value either (see aux): an array bucket says in it whether its key is a
  // string (Bucket), at no size cost.
  uint8_t bucket_key_kind;
  // Not part of the value: copies leave it alone (operator= and the copy constructor move only
  // tag and payload). An array bucket chains its hash collisions through it, at no size cost.
  uint32_t aux;
  union {
    int64_t i = 0;
    double d;
    String* s;
    Array* a;
    Object* o;
    php::Ref* r;
    php::Iter* it;
    Value* ptr;
    void* p;
    uint64_t bits;
  };

  Value() = default;
  Value(const Value& v) : tag(v.tag), bits(v.bits) {}
  Value& operator=(const Value& v) {
    tag = v.tag;
    bits = v.bits;
    if (tag >= Tag::Str) gc::write_barrier(&p);
    return *this;
  }

  static Value null() {
    Value v;
    v.tag = Tag::Null;
    return v;
  }
  static Value boolean(bool b) {
    Value v;
    v.tag = Tag::Bool;
    v.i = b;
    return v;
  }
  static Value integer(int64_t x) {
    Value v;
    v.tag = Tag::Int;
    v.i = x;
    return v;
  }
  static Value number(double x) {
    Value v;
    v.tag = Tag::Float;
    v.d = x;
    return v;
  }
  static Value resource(int64_t id) {
    Value v;
    v.tag = Tag::Res;
    v.i = id;
    return v;
  }
  static Value str(String* x) {
    Value v;
    v.tag = Tag::Str;
    v.s = x;
    return v;
  }
  static Value arr(Array* x) {
    Value v;
    v.tag = Tag::Arr;
    v.a = x;
    return v;
  }
  static Value obj(Object* x) {
    Value v;
    v.tag = Tag::Obj;
    v.o = x;
    return v;
  }
  static Value ref(php::Ref* x) {
    Value v;
    v.tag = Tag::Ref;
    v.r = x;
    return v;
  }
  static Value pointer(Value* x) {
    Value v;
    v.tag = Tag::Ptr;
    v.ptr = x;
    return v;
  }

  bool is_undef() const { return tag == Tag::Undef; }
  bool is_null() const { return tag == Tag::Null || tag == Tag::Undef; }
  bool is_gc() const { return tag >= Tag::Str; }
};
static_assert(sizeof(Value) == 16);

// A PHP reference: the shared slot behind `&`.
struct Ref {
  static constexpr const char* gc_name = "php-ref";
  Value v;
  void gc_trace(gc::Tracer& t) const;
};

inline void trace_value(gc::Tracer& t, const Value& v) {
  if (v.tag >= Tag::Str) t.visit(&v.p, v.p);
}
inline void Ref::gc_trace(gc::Tracer& t) const { trace_value(t, v); }

// The value behind a slot that may hold a reference.
inline Value& deref(Value& v) { return v.tag == Tag::Ref ? v.r->v : v; }
inline const Value& deref(const Value& v) { return v.tag == Tag::Ref ? v.r->v : v; }

// Copy-on-write bookkeeping in the low header bits the GC leaves to the type.
inline constexpr uint64_t kSharedBit = 1;
inline bool is_shared(const void* payload) { return gc::header_of(payload) & kSharedBit; }
inline void mark_shared(const void* payload) { gc::header_of(payload) |= kSharedBit; }
// Marks a value that is being copied to a second holder.
inline void mark_copy(const Value& v) {
  if (v.tag == Tag::Str || v.tag == Tag::Arr) mark_shared(v.p);
}

// Allocation from the one heap. The heap limit is memory_limit (VM::set_memory_limit): past
// it, php's "Allowed memory size of N bytes exhausted (tried to allocate M bytes)" fatal error
// ends the script (M is the allocation that failed).
[[noreturn]] void out_of_memory(size_t tried);
template <class T, class... Args>
T* gc_new(Args&&... args) {
  T* p = gc::Heap::current()->make<T>(static_cast<Args&&>(args)...);
  if (!p) [[unlikely]]
    out_of_memory(sizeof(T));
  return p;
}
template <class T, class... Args>
T* gc_new_tail(size_t tail, Args&&... args) {
  T* p = gc::Heap::current()->make_with_tail<T>(tail, static_cast<Args&&>(args)...);
  if (!p) [[unlikely]]
    out_of_memory(sizeof(T) + tail);
  return p;
}

}  // namespace weft::php
