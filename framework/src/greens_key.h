// Hashing and comparing a merge point's greens (all of them, as 64-bit words, in list order),
// for the runtime's cells and the tracer's set of positions passed. Transparent: a span of
// words looks up a std::vector<uint64_t> key without building one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

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

// A set of greens tuples in two flat arrays (the words of each tuple, and an open-addressing
// index of where each starts): the tracer asks it at every merge point a trace passes, where a
// node-based set allocated twice per new position.
class GreensSet {
 public:
  // Adds `greens`; false if they were in the set already.
  bool insert(std::span<const uint64_t> greens) {
    if (2 * (count_ + 1) > slots_.size()) grow();
    size_t at = GreensHash{}(greens) & (slots_.size() - 1);
    for (; slots_[at] != 0; at = (at + 1) & (slots_.size() - 1))
      if (GreensEqual{}(tuple(slots_[at] - 1), greens)) return false;
    slots_[at] = uint32_t(words_.size() + 1);
    words_.push_back(greens.size());
    words_.insert(words_.end(), greens.begin(), greens.end());
    ++count_;
    return true;
  }

 private:
  // The tuple stored at `start` in words_ (its length, then its words).
  std::span<const uint64_t> tuple(uint32_t start) const {
    return {words_.data() + start + 1, size_t(words_[start])};
  }
  void grow() {
    std::vector<uint32_t> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : 2 * old.size(), 0);
    for (uint32_t s : old) {
      if (s == 0) continue;
      size_t at = GreensHash{}(tuple(s - 1)) & (slots_.size() - 1);
      while (slots_[at] != 0) at = (at + 1) & (slots_.size() - 1);
      slots_[at] = s;
    }
  }

  std::vector<uint64_t> words_;
  std::vector<uint32_t> slots_;  // 1 + the start of a tuple in words_; 0 when free
  size_t count_ = 0;
};

}  // namespace weft::jit
