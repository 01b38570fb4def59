// Hashing and comparing a merge point's greens (all of them, as 64-bit words, in list order),
// for the runtime's cells and the tracer's set of positions passed. Transparent: a span of
// words looks up a std::vector<uint64_t> key without building one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

namespace weft::jit {

struct GreensHash {
  using is_transparent = void;
  size_t operator()(std::span<const uint64_t> greens) const {
    uint64_t h = 0xcbf29ce484222325ull;  // FNV-1a over words
    for (uint64_t w : greens) h = (h ^ w) * 0x100000001b3ull;
    return size_t(h ^ (h >> 29));
  }
};

struct GreensEqual {
  using is_transparent = void;
  bool operator()(std::span<const uint64_t> a, std::span<const uint64_t> b) const {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
};

}  // namespace weft::jit
