// The allocator under test, chosen at compile time (WEFT_BENCH_ALLOCATOR = 1 weft, 2 Boehm,
// 3 malloc/free), so that each benchmark is one program compiled three ways.
//
//   Ptr<T>          pointer type to store inside objects (weft: a Field with its barrier)
//   Runtime         set up / tear down the allocator in main()
//   make<T>(args)   allocate and construct; never null (out of memory exits with a message)
//   release(T*)     give an object back (malloc only; the collectors ignore it)
#pragma once

#include <cstdio>
#include <cstdlib>
#include <new>
#include <utility>

#if WEFT_BENCH_ALLOCATOR == 1
#include "weft/gc/gc.h"
#elif WEFT_BENCH_ALLOCATOR == 2
#include <gc/gc.h>
#elif WEFT_BENCH_ALLOCATOR == 3
#else
#error "define WEFT_BENCH_ALLOCATOR"
#endif

namespace bench {

[[noreturn]] inline void out_of_memory() {
  std::fprintf(stderr, "out of memory\n");
  std::exit(3);
}

#if WEFT_BENCH_ALLOCATOR == 1
template <class T>
using Ptr = weft::gc::Field<T>;
struct Runtime {
  weft::gc::Heap heap;
};
inline Runtime* g_runtime = nullptr;
template <class T, class... A>
T* make(A&&... args) {
  T* p = g_runtime->heap.make<T>(std::forward<A>(args)...);
  if (!p) out_of_memory();
  return p;
}
template <class T>
void release(T*) {}

#elif WEFT_BENCH_ALLOCATOR == 2
template <class T>
using Ptr = T*;
struct Runtime {
  Runtime() { GC_INIT(); }
};
template <class T, class... A>
T* make(A&&... args) {
  void* p = GC_MALLOC(sizeof(T));
  if (!p) out_of_memory();
  return new (p) T(std::forward<A>(args)...);
}
template <class T>
void release(T*) {}

#else
template <class T>
using Ptr = T*;
struct Runtime {};
template <class T, class... A>
T* make(A&&... args) {
  void* p = std::malloc(sizeof(T));
  if (!p) out_of_memory();
  return new (p) T(std::forward<A>(args)...);
}
template <class T>
void release(T* p) {
  std::free(p);
}
#endif

}  // namespace bench
