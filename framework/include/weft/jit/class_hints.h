// Hints about the exact GC type of objects (RPython's guard_class and record_exact_class): an
// interpreter that tells its object kinds apart by their weft::gc type tests them with
// has_class<T>(), and says with record_exact_class<T>() what it knows without a test (the
// result of a call that always returns a T). Separate from hints.h because they name GC types.
#pragma once

#include <cstddef>
#include <cstdint>

#include "weft/gc/types.h"
#include "weft/jit/hints.h"

#ifdef WEFT_CODEGEN
// The type as for an allocation (weft_gc_new): its id's address and its size.
extern "C" bool weft_jit_has_class(const void* object, const uint32_t* type_id, size_t size);
extern "C" void weft_jit_record_exact_class(const void* object, const uint32_t* type_id,
                                            size_t size);
#endif

namespace weft::jit {

// Whether `object` (a GC reference or null) is exactly a T (not a subclass: GC types have no
// hierarchy). In a trace: a guard_class on the object's actual type (guard_isnull for null),
// after which the answer is a constant; the optimizer drops the guard when the type is
// already known (an allocation in the trace, an earlier guard, record_exact_class).
template <class T>
inline bool has_class(const void* object) {
#ifdef WEFT_CODEGEN
  return weft_jit_has_class(object, &weft::gc::type_id_v<T>, sizeof(T));
#else
  return object && weft::gc::header_type(weft::gc::header_of(object)) == weft::gc::type_id_v<T>;
#endif
}

// Declares that `object` (not null) is exactly a T from here on, without a test: later
// has_class tests of it in the same trace need no guard. Natively nothing; an object of
// another type is undefined behaviour (the trace would take the wrong path).
template <class T>
inline void record_exact_class([[maybe_unused]] const void* object) {
#ifdef WEFT_CODEGEN
  weft_jit_record_exact_class(object, &weft::gc::type_id_v<T>, sizeof(T));
#endif
}

}  // namespace weft::jit
