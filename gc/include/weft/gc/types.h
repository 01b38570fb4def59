// Per-type descriptors. Every heap object's header names its type; the collector finds the
// type's trace function (precise heap tracing) and optional finalizer through it.
#pragma once

#include <concepts>
#include <cstddef>
#include <type_traits>

#include "weft/gc/layout.h"

namespace weft::gc {

class Tracer;

struct TypeInfo {
  const char* name = "object";
  // Payload bytes of a fixed-size instance, or of the fixed part of a variable-size one.
  size_t size = 0;
  // Variable-size types: the payload bytes an instance needs, computed from its own fields.
  // The allocation records each object's actual size in its header; Heap::verify() checks that
  // the recorded size covers what size_of() says.
  size_t (*size_of)(const void* payload) = nullptr;
  // Visits every GC pointer held by the object (see Tracer). Null for objects without any.
  void (*trace)(const void* payload, Tracer& tracer) = nullptr;
  // Optional, for types with large arrays of GC pointers: visits at least the GC pointers whose
  // slots lie in [from, to) (addresses inside the object). A minor collection then traces only
  // the dirty cards of a large old object instead of all of it.
  void (*trace_range)(const void* payload, uintptr_t from, uintptr_t to, Tracer& tracer) = nullptr;
  // Runs once, after the collection that found the object unreachable, outside the collector.
  // The object and everything it reaches are kept alive until it has run; the finalizer may
  // store the object somewhere reachable again (resurrection).
  void (*finalize)(void* payload) = nullptr;
  // Instances never move, even in a heap that evacuates (HeapConfig::evacuate): for types whose
  // addresses are kept where the collector cannot update them (see docs/gc.md, "Moving").
  bool pinned = false;
};

// Registers a type and returns its id. Ids are process-wide and never reused.
// TypeId 0 is never returned (a zero header word is never a valid object).
TypeId register_type(const TypeInfo& info);
const TypeInfo& type_info(TypeId id);
size_t type_count();

// C++ classes describe themselves with optional members, detected here:
//   static constexpr const char* gc_name;   the name in statistics and errors
//   void gc_trace(Tracer&) const;           visits the GC pointers (Field<T> members)
//   void gc_trace_range(Tracer&, uintptr_t from, uintptr_t to) const;
//                                           the pointers with slots in [from, to) (trace_range)
//   void gc_finalize();                     cleanup; destructors of GC objects never run
//   size_t gc_size() const;                 payload bytes of a variable-size instance
//   static constexpr bool gc_pinned = true;  instances never move (TypeInfo::pinned)
template <class T>
TypeInfo describe_type() {
  TypeInfo info;
  if constexpr (requires { T::gc_name; }) info.name = T::gc_name;
  if constexpr (requires { T::gc_pinned; }) info.pinned = T::gc_pinned;
  info.size = sizeof(T);
  if constexpr (requires(const T& t, Tracer& tr) { t.gc_trace(tr); })
    info.trace = [](const void* p, Tracer& tr) { static_cast<const T*>(p)->gc_trace(tr); };
  if constexpr (requires(const T& t, Tracer& tr, uintptr_t a) { t.gc_trace_range(tr, a, a); })
    info.trace_range = [](const void* p, uintptr_t from, uintptr_t to, Tracer& tr) {
      static_cast<const T*>(p)->gc_trace_range(tr, from, to);
    };
  if constexpr (requires(T & t) { t.gc_finalize(); })
    info.finalize = [](void* p) { static_cast<T*>(p)->gc_finalize(); };
  if constexpr (requires(const T& t) {
                  { t.gc_size() } -> std::convertible_to<size_t>;
                })
    info.size_of = [](const void* p) -> size_t { return static_cast<const T*>(p)->gc_size(); };
  return info;
}

// The TypeId of C++ class T, registered on first use.
template <class T>
TypeId type_id_of() {
  static const TypeId id = register_type(describe_type<T>());
  return id;
}

// The same id as a variable, set during static initialization: a global with a symbol, which is
// how jitcodes name a type whose id is only known at run time (Heap::allocate_fixed).
template <class T>
inline const TypeId type_id_v = type_id_of<T>();

}  // namespace weft::gc
