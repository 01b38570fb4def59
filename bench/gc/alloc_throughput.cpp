// Allocation throughput: many small short-lived objects of mixed sizes (16 to 120 bytes of
// payload), with a window of the most recent 4096 kept alive and linked to older ones.
// Usage: alloc_throughput MILLIONS
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "allocator.h"

namespace {

using bench::Ptr;

template <int kWords>
struct Object {
  [[maybe_unused]] static constexpr const char* gc_name = "bench.Object";
  Ptr<Object<1>> next;
  uint64_t words[kWords];
  explicit Object(uint64_t v) {
    for (int i = 0; i < kWords; ++i) words[i] = v + uint64_t(i);
  }
#if WEFT_BENCH_ALLOCATOR == 1
  void gc_trace(weft::gc::Tracer& t) const { t(next); }
#endif
};
using Small = Object<1>;

constexpr int kWindow = 4096;

struct Window {
  [[maybe_unused]] static constexpr const char* gc_name = "bench.Window";
  Ptr<Small> slots[kWindow];
#if WEFT_BENCH_ALLOCATOR == 1
  void gc_trace(weft::gc::Tracer& t) const {
    for (const auto& s : slots) t(s);
  }
#endif
};

// Objects of different sizes share a layout prefix (next, words[0]); stored as Small*.
template <int kWords>
Small* make_object(uint64_t v) {
  return reinterpret_cast<Small*>(bench::make<Object<kWords>>(v));
}

}  // namespace

int main(int argc, char** argv) {
  long millions = argc > 1 ? std::atol(argv[1]) : 10;
  [[maybe_unused]] bench::Runtime runtime;
#if WEFT_BENCH_ALLOCATOR == 1
  bench::g_runtime = &runtime;
  weft::gc::Root<Window> window = bench::make<Window>();
#else
  Window* window = bench::make<Window>();
#endif
  uint64_t checksum = 0;
  uint64_t count = uint64_t(millions) * 1000000;
  for (uint64_t i = 0; i < count; ++i) {
    Small* o;
    switch (i & 7) {
      case 0:
      case 1:
      case 2:
        o = make_object<1>(i);
        break;
      case 3:
      case 4:
        o = make_object<3>(i);
        break;
      case 5:
        o = make_object<6>(i);
        break;
      case 6:
        o = make_object<10>(i);
        break;
      default:
        o = make_object<14>(i);
        break;
    }
    Ptr<Small>& slot = window->slots[i % kWindow];
    if (slot) {
      checksum += slot->words[0];
      Small* oldest = slot->next;
      slot->next = nullptr;  // cut the chain: only the last two per slot stay reachable
      bench::release(oldest);
    }
    o->next = static_cast<Small*>(slot);  // each object keeps its predecessor in the slot alive
    slot = o;
  }
  std::printf("%llu objects, checksum %llu\n", static_cast<unsigned long long>(count),
              static_cast<unsigned long long>(checksum));
  return 0;
}
