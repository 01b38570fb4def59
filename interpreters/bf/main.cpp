// weft-bf [--jit=off | --jit=PARAM=VALUE,...] [--jit-stats] PROGRAM.b
#include <cstdio>
#include <memory>
#include <string>

#include "bf.h"
#include "weft/gc/heap.h"
#include "weft/jit/embedded_jitcode.h"
#include "weft/jit/runtime.h"
#include "weft/jit/script_command_line.h"

namespace bf {
extern weft::jit::JitDriver driver;
}  // namespace bf

int main(int argc, char** argv) {
  weft::jit::ScriptCommandLine command;
  if (int status = weft::jit::parse_script_command_line(argc, argv, "weft-bf", "PROGRAM.b",
                                                        bf::driver, command))
    return status;
  std::string source;
  if (!weft::jit::read_script("weft-bf", command.path, source)) return 1;
  const char* path = command.path.c_str();
  std::string error;
  bf::LoadedProgram loaded;
  if (!bf::load(source, loaded, &error)) {
    std::fprintf(stderr, "%s:%s\n", path, error.c_str());
    return 1;
  }

  weft::gc::Heap heap;
  std::unique_ptr<weft::jit::JitRuntime> jit;
  if (bf::driver.params().enabled) {
    weft::jit::JitRuntimeOptions options;
    options.count_direct_calls = command.stats;
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
  if (command.stats && jit) std::fputs(jit->stats_text().c_str(), stderr);
  if (end == bf::kOutOfTape) {
    std::fprintf(stderr, "%s: the program moved off the tape (%lld cells)\n", path,
                 static_cast<long long>(bf::kTapeSize));
    return 1;
  }
  return 0;
}
