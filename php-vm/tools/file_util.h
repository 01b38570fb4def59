// Reading a whole file for the command-line drivers.
#pragma once

#include <cstdio>
#include <string>

namespace weft::php::tools {

inline bool read_file(const char* path, std::string& out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return true;
}

}  // namespace weft::php::tools
