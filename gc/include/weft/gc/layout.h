// Heap geometry and the object header: the facts that the collector, the write barrier and
// JIT-emitted code must agree on.
#pragma once

#include <cstddef>
#include <cstdint>

namespace weft::gc {

using TypeId = uint32_t;

// Allocation granule: every object starts on and is a multiple of 8 bytes.
inline constexpr size_t kGranule = 8;
inline constexpr unsigned kGranuleShift = 3;

// Every object starts with one 64-bit header word. The program's pointer (the "payload") points
// just past it, so any struct can be a GC type without a base class.
//   bits  0..15  owned by the object's type (free for VM flags; the GC never touches them)
//   bits 16..30  whole object size (header included) in granules; 0 for large objects
//   bit  31      pinned: the object never moves (Heap::pin; only evacuating heaps move objects)
//   bits 32..63  TypeId
inline constexpr size_t kHeaderSize = 8;
inline constexpr unsigned kHeaderSizeShift = 16;
inline constexpr unsigned kHeaderTypeShift = 32;
inline constexpr uint64_t kHeaderSizeMask = uint64_t{0x7fff} << kHeaderSizeShift;
inline constexpr uint64_t kHeaderPinnedBit = uint64_t{1} << 31;

// Small objects live in blocks divided into lines (mark-region, Immix-style; the line size is
// private to gc/src, address_space.h).
inline constexpr unsigned kBlockShift = 15;  // 32 KiB blocks
inline constexpr size_t kBlockSize = size_t{1} << kBlockShift;

// Objects above this size (header included) go to the large-object space, page-granular.
inline constexpr size_t kMaxSmallSize = 8192;
inline constexpr size_t kMaxSmallPayload = kMaxSmallSize - kHeaderSize;
inline constexpr unsigned kLargePageShift = 12;
inline constexpr size_t kLargePageSize = size_t{1} << kLargePageShift;

// The write barrier dirties one byte per 128-byte card. A card is exactly one line: the holes
// young objects are allocated into are runs of whole lines, so every card is either wholly
// young (cleared before a minor collection: young objects are traced anyway) or wholly old.
// With larger cards, a young object stored into dirtied a card shared with old objects, and a
// fragmented heap (small holes between survivors) had thousands of such cards to scan.
// A card covers 16 bits of one 64-bit word of the object-start bitmap.
inline constexpr unsigned kCardShift = 7;
inline constexpr size_t kCardSize = size_t{1} << kCardShift;
inline constexpr unsigned kCardsPerStartWord = 64 * kGranule / kCardSize;
static_assert(kCardsPerStartWord * kCardSize == 64 * kGranule,
              "start-bitmap words must hold whole cards");
static_assert((kMaxSmallSize >> kGranuleShift) <= (kHeaderSizeMask >> kHeaderSizeShift),
              "the size field must hold the largest small object");

constexpr uint64_t make_header(TypeId type, size_t total_bytes) {
  uint64_t granules = total_bytes <= kMaxSmallSize ? total_bytes >> kGranuleShift : 0;
  return (uint64_t{type} << kHeaderTypeShift) | (granules << kHeaderSizeShift);
}
constexpr TypeId header_type(uint64_t header) { return TypeId(header >> kHeaderTypeShift); }
constexpr size_t header_small_size(uint64_t header) {
  return size_t((header & kHeaderSizeMask) >> kHeaderSizeShift) << kGranuleShift;
}

// The header of the object whose payload is `payload`.
inline uint64_t& header_of(const void* payload) {
  return *reinterpret_cast<uint64_t*>(reinterpret_cast<uintptr_t>(payload) - kHeaderSize);
}

// Bytes an object with `payload_bytes` of payload occupies, header included, rounded to granules.
constexpr size_t total_size(size_t payload_bytes) {
  return (payload_bytes + kHeaderSize + kGranule - 1) & ~(kGranule - 1);
}

}  // namespace weft::gc
