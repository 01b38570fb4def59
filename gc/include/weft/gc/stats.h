// Collector statistics, printed at exit when WEFT_GC_STATS=1 (or HeapConfig::print_stats).
#pragma once

#include <cstdint>
#include <cstdio>
#include <vector>

namespace weft::gc {

struct Stats {
  uint64_t minor_collections = 0;
  uint64_t major_collections = 0;
  uint64_t bytes_allocated = 0;  // all objects ever allocated, headers included
  uint64_t objects_finalized = 0;
  uint64_t weak_refs_cleared = 0;
  size_t heap_in_use = 0;     // bytes in blocks holding objects, plus large objects
  size_t heap_committed = 0;  // heap_in_use plus empty blocks not yet returned to the OS
  size_t peak_heap_committed = 0;
  size_t live_after_major = 0;     // bytes marked by the last major collection
  uint64_t objects_evacuated = 0;  // moved by major collections (HeapConfig::evacuate)
  uint64_t bytes_evacuated = 0;
  std::vector<double> minor_pauses_ms;
  std::vector<double> major_pauses_ms;

  static double max_of(const std::vector<double>& v);
  static double median_of(std::vector<double> v);
  void print(FILE* out) const;
};

}  // namespace weft::gc
