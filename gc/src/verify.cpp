// Heap::verify(): a full walk that checks the collector's invariants. Slow; for tests and
// debugging.
#include <bit>
#include <cinttypes>
#include <cstdarg>

#include "heap_impl.h"

namespace weft::gc {

namespace {

struct Verifier {
  Heap::Impl& impl;
  std::string error;
  uintptr_t current = 0;  // header of the object whose fields are being checked

  bool failed() const { return !error.empty(); }

  __attribute__((format(printf, 2, 3))) void fail(const char* format, ...) {
    if (failed()) return;
    char buffer[256];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buffer, sizeof buffer, format, args);
    va_end(args);
    error = buffer;
  }

  static void check_field(void* context, const void* slot, const void* payload) {
    auto& v = *static_cast<Verifier*>(context);
    AddressSpace& space = v.impl.space;
    uintptr_t target = reinterpret_cast<uintptr_t>(payload) - kHeaderSize;
    if (target - space.base >= space.span) return;  // outside the heap: ignored by design
    if (v.impl.find_header(target) != target) {
      v.fail("object %#" PRIxPTR " holds %p, which is not a live object", v.current, payload);
      return;
    }
    uintptr_t s = reinterpret_cast<uintptr_t>(slot);
    bool slot_in_heap = s - space.base < space.span;
    if (v.impl.config.generational && slot_in_heap && space.is_marked(v.current) &&
        !space.is_marked(target) && space.cards[(s - space.base) >> kCardShift] == 0) {
      v.fail("old object %#" PRIxPTR
             " points to young %p through a clean card (missing write barrier)",
             v.current, payload);
    }
  }

  void check_object(uintptr_t header, size_t size) {
    current = header;
    uint64_t word = *reinterpret_cast<const uint64_t*>(header);
    TypeId type = header_type(word);
    if (type == 0 || type >= type_count()) {
      fail("object %#" PRIxPTR " has unknown type %u", header, type);
      return;
    }
    const TypeInfo& info = type_info(type);
    const void* payload = reinterpret_cast<const void*>(header + kHeaderSize);
    size_t payload_size = size - kHeaderSize;
    if (payload_size < info.size || (info.size_of && payload_size < info.size_of(payload))) {
      fail("object %#" PRIxPTR " of type %s is %zu bytes, smaller than its type needs", header,
           info.name, payload_size);
      return;
    }
    if (info.trace) {
      Tracer tracer(&Verifier::check_field, this);
      info.trace(payload, tracer);
    }
  }

  void check_blocks() {
    AddressSpace& space = impl.space;
    constexpr size_t kWords = kBlockSize >> (kGranuleShift + 6);
    for (size_t b = 0; b < impl.blocks.blocks_used() && !failed(); ++b) {
      uintptr_t block = space.block_addr(b);
      uintptr_t previous_end = block;
      for (size_t w = 0; w < kWords && !failed(); ++w) {
        for (uint64_t bits = space.start_bits[b * kWords + w]; bits; bits &= bits - 1) {
          uintptr_t h = block + ((w * 64 + unsigned(std::countr_zero(bits))) << kGranuleShift);
          if (!impl.blocks.info(b).in_use) {
            fail("empty block %zu has an object start at %#" PRIxPTR, b, h);
            return;
          }
          size_t size = header_small_size(*reinterpret_cast<const uint64_t*>(h));
          if (size < kHeaderSize || h < previous_end || h + size > block + kBlockSize) {
            fail("object %#" PRIxPTR " has a bad size (%zu) or overlaps its neighbour", h, size);
            return;
          }
          if (space.is_marked(h)) {  // old objects must sit on marked lines, or get overwritten
            for (uintptr_t a = h; a < h + size; a += kLineSize) {
              if (!space.line_marks[(a - space.base) >> kLineShift])
                fail("old object %#" PRIxPTR " lies on a free line", h);
            }
            if (!space.line_marks[(h + size - 1 - space.base) >> kLineShift])
              fail("old object %#" PRIxPTR " ends on a free line", h);
          }
          check_object(h, size);
          previous_end = h + size;
        }
      }
    }
  }

  void check_large() {
    AddressSpace& space = impl.space;
    impl.large.for_each([&](uintptr_t h) {
      if (failed()) return;
      size_t first = space.large_page_of(h);
      size_t pages = space.large_pages[first];
      for (size_t p = first; p < first + pages; ++p) {
        if (space.large_owner[p] != first + 1) {
          fail("large object %#" PRIxPTR ": page table disagrees at page %zu", h, p);
          return;
        }
      }
      check_object(h, impl.large.size_of(h));
    });
  }
};

}  // namespace

bool Heap::Impl::verify(std::string* error) {
  walk_new_objects();
  Verifier verifier{*this, {}, 0};
  verifier.check_blocks();
  verifier.check_large();
  if (error) *error = verifier.error;
  return !verifier.failed();
}

}  // namespace weft::gc
