// weft-bf [--jit=off | --jit=PARAM=VALUE,...] [--jit-stats] PROGRAM.b
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "bf.h"
#include "weft/gc/heap.h"
#include "weft/jit/embedded_jitcode.h"
#include "weft/jit/runtime.h"

namespace bf {
extern weft::jit::JitDriver driver;
}  // namespace bf

namespace {

int usage() {
  std::fprintf(stderr,
               "usage: weft-bf [--jit=off | --jit=NAME=VALUE,...] [--jit-stats] PROGRAM.b\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  const char* path = nullptr;
  bool stats = false;
  std::string error;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--jit=", 6) == 0) {
      if (!bf::driver.set_params(argv[i] + 6, &error)) {
        std::fprintf(stderr, "weft-bf: %s\n", error.c_str());
        return 2;
      }
    } else if (std::strcmp(argv[i], "--jit-stats") == 0) {
      stats = true;
    } else if (!path && argv[i][0] != '-') {
      path = argv[i];
    } else {
      return usage();
    }
  }
  if (!path) return usage();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "weft-bf: cannot open %s\n", path);
    return 1;
  }
  std::stringstream source;
  source << in.rdbuf();
  bf::LoadedProgram loaded;
  if (!bf::load(source.str(), loaded, &error)) {
    std::fprintf(stderr, "%s:%s\n", path, error.c_str());
    return 1;
  }

  weft::gc::Heap heap;
  std::unique_ptr<weft::jit::JitRuntime> jit;
  if (bf::driver.params().enabled) {
    weft::jit::JitRuntimeOptions options;
    options.portal = "bf_run";
    options.printable_location = [&loaded](std::span<const uint64_t> greens) {
      size_t pc = greens[0];
      if (pc >= loaded.ops.size()) return std::string("end of program");
      const bf::SourceCommand& c = loaded.sources[pc];
      return "command " + std::to_string(c.index) + " '" + c.c + "' at line " +
             std::to_string(c.line) + ", column " + std::to_string(c.column);
    };
    jit = weft::jit::JitRuntime::create(bf::driver, weft_embedded_jitcode, options, &error);
    if (!jit) {
      std::fprintf(stderr, "weft-bf: the JIT cannot start: %s\n", error.c_str());
      return 1;
    }
  }
  std::vector<uint8_t> tape(bf::kTapeSize, 0);
  bf::Program program = loaded.program();
  int64_t end = bf_run(&program, tape.data());
  std::fflush(stdout);
  if (stats && jit) std::fputs(jit->stats_text().c_str(), stderr);
  if (end == bf::kOutOfTape) {
    std::fprintf(stderr, "%s: the program moved off the tape (%lld cells)\n", path,
                 static_cast<long long>(bf::kTapeSize));
    return 1;
  }
  return 0;
}
