#include "weft/gc/stats.h"

#include <algorithm>

namespace weft::gc {

double Stats::max_of(const std::vector<double>& v) {
  return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
}

double Stats::median_of(std::vector<double> v) {
  if (v.empty()) return 0.0;
  auto mid = v.begin() + v.size() / 2;
  std::nth_element(v.begin(), mid, v.end());
  return *mid;
}

void Stats::print(FILE* out) const {
  auto mib = [](double bytes) { return bytes / (1024.0 * 1024.0); };
  std::fprintf(out, "weft gc statistics\n");
  std::fprintf(out, "  allocated:          %.1f MiB\n", mib(double(bytes_allocated)));
  std::fprintf(out, "  minor collections:  %llu (pause max %.3f ms, median %.3f ms)\n",
               static_cast<unsigned long long>(minor_collections), max_of(minor_pauses_ms),
               median_of(minor_pauses_ms));
  std::fprintf(out, "  major collections:  %llu (pause max %.3f ms, median %.3f ms)\n",
               static_cast<unsigned long long>(major_collections), max_of(major_pauses_ms),
               median_of(major_pauses_ms));
  std::fprintf(out, "  heap:               %.1f MiB in use, %.1f MiB committed, peak %.1f MiB\n",
               mib(double(heap_in_use)), mib(double(heap_committed)),
               mib(double(peak_heap_committed)));
  std::fprintf(out, "  live after major:   %.1f MiB\n", mib(double(live_after_major)));
  std::fprintf(out, "  evacuated:          %llu objects, %.1f MiB\n",
               static_cast<unsigned long long>(objects_evacuated), mib(double(bytes_evacuated)));
  std::fprintf(out, "  finalized:          %llu objects; weak references cleared: %llu\n",
               static_cast<unsigned long long>(objects_finalized),
               static_cast<unsigned long long>(weak_refs_cleared));
}

}  // namespace weft::gc
