// The census printed after each major collection with WEFT_GC_CENSUS=1: what the live bytes are
// (per type, with the size of the objects that make up most of each type's bytes) and how the
// blocks holding them are filled, to tell live data from fragmentation.
#include <algorithm>
#include <bit>
#include <cstdio>
#include <map>
#include <vector>

#include "heap_impl.h"

namespace weft::gc {

namespace {
struct TypeCount {
  size_t objects = 0;
  size_t bytes = 0;
  std::map<size_t, size_t> by_size;  // object size -> count
};
double mib(size_t bytes) { return double(bytes) / (1024.0 * 1024.0); }
}  // namespace

// After a major sweep the mark bits of the block area are exactly the live objects' headers.
void Heap::Impl::print_census(FILE* out) {
  std::vector<TypeCount> types(type_count());
  size_t lines_used = 0, blocks_in_use = 0;
  for (size_t b = 0; b < blocks.blocks_used(); ++b) {
    if (!blocks.info(b).in_use) continue;
    ++blocks_in_use;
    lines_used += kLinesPerBlock - blocks.info(b).free_lines;
    constexpr size_t kWords = kBlockSize >> (kGranuleShift + 6);
    const uint64_t* bits = space.mark_bits + b * kWords;
    for (size_t w = 0; w < kWords; ++w)
      for (uint64_t m = bits[w]; m; m &= m - 1) {
        uintptr_t h =
            space.block_addr(b) + ((w * 64 + size_t(std::countr_zero(m))) << kGranuleShift);
        uint64_t header = *reinterpret_cast<const uint64_t*>(h);
        TypeCount& t = types[header_type(header)];
        size_t size = header_small_size(header);
        ++t.objects;
        t.bytes += size;
        ++t.by_size[size];
      }
  }
  large.for_each([&](uintptr_t h) {
    TypeCount& t = types[header_type(*reinterpret_cast<const uint64_t*>(h))];
    ++t.objects;
    t.bytes += large.size_of(h);
  });
  size_t live = 0;
  std::vector<size_t> order;
  for (size_t t = 0; t < types.size(); ++t)
    if (types[t].objects) {
      order.push_back(t);
      live += types[t].bytes;
    }
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return types[a].bytes > types[b].bytes; });
  std::fprintf(out,
               "weft gc census after major %llu: %.2f MiB live in %zu blocks (%.2f MiB), %.2f "
               "MiB of lines in use; large objects %.2f MiB\n",
               static_cast<unsigned long long>(stats.major_collections + 1), mib(live),
               blocks_in_use, mib(blocks_in_use * kBlockSize), mib(lines_used * kLineSize),
               mib(large.bytes_in_use()));
  for (size_t t : order) {
    const TypeCount& c = types[t];
    std::fprintf(out, "  %-24s %9zu objects %8.2f MiB", type_info(TypeId(t)).name, c.objects,
                 mib(c.bytes));
    std::vector<std::pair<size_t, size_t>> sizes(c.by_size.begin(), c.by_size.end());
    std::sort(sizes.begin(), sizes.end(),
              [](auto& a, auto& b) { return a.first * a.second > b.first * b.second; });
    for (size_t i = 0; i < sizes.size() && i < 4; ++i)
      std::fprintf(out, "  %zu x %zuB", sizes[i].second, sizes[i].first);
    std::fprintf(out, "\n");
  }
}

}  // namespace weft::gc
