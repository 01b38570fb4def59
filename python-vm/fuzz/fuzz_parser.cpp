// libFuzzer target for the weft-python front end: tokenizes and parses arbitrary bytes as a
// module. Any crash, hang or sanitizer report is a bug; a SyntaxError is a normal outcome.
//   cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Asan && cmake --build build-fuzz --target
//   fuzz-python-parser build-fuzz/bin/fuzz-python-parser -max_total_time=600 corpus/
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "weft/python/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  weft::python::AstArena arena;
  weft::python::Module mod;
  weft::python::SyntaxErrorInfo err;
  (void)weft::python::parse_module(source, arena, mod, err);
  return 0;
}
