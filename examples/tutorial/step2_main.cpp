// tally-step2 [--jit=off | --jit=PARAM=VALUE,...] [--jit-stats] PROGRAM.tally: runs a program
// with step 2's interpreter and its JIT. Compared with step1_main.cpp it starts the JIT runtime
// (with the jitcodes weft_add_interpreter embedded in the binary) before running the portal.
#include <cstdio>
#include <memory>
#include <vector>

#include "tally.h"
#include "weft/gc/heap.h"
#include "weft/jit/embedded_jitcode.h"
#include "weft/jit/runtime.h"
#include "weft/jit/script_command_line.h"

namespace tally {
extern weft::jit::JitDriver driver;
}  // namespace tally

int main(int argc, char** argv) {
  weft::jit::ScriptCommandLine command;
  if (int status = weft::jit::parse_script_command_line(argc, argv, "tally-step2", "PROGRAM.tally",
                                                        tally::driver, command))
    return status;
  std::string source, error;
  if (!weft::jit::read_script("tally-step2", command.path, source)) return 1;
  const char* path = command.path.c_str();
  tally::LoadedProgram loaded;
  if (!tally::load(source, loaded, &error)) {
    std::fprintf(stderr, "%s:%s\n", path, error.c_str());
    return 1;
  }

  weft::gc::Heap heap;  // the JIT runtime keeps its data in a collected heap
  std::unique_ptr<weft::jit::JitRuntime> jit;
  if (tally::driver.params().enabled) {
    weft::jit::JitRuntimeOptions options;
    options.portal = "tally_run";
    // How the JIT log names a position (the greens pc, program): the user's source line.
    options.printable_location = [&loaded](std::span<const uint64_t> greens) {
      size_t pc = greens[0];
      if (pc >= loaded.ops.size()) return std::string("end of program");
      return "instruction " + std::to_string(pc) + " at line " + std::to_string(loaded.lines[pc]);
    };
    jit = weft::jit::JitRuntime::create(tally::driver, weft_embedded_jitcode, options, &error);
    if (!jit) {
      std::fprintf(stderr, "tally-step2: the JIT cannot start: %s\n", error.c_str());
      return 1;
    }
  }
  tally::Program program = loaded.program();
  std::vector<int64_t> vars(program.variables, 0);
  int64_t failed = tally_run(&program, vars.data());
  std::fflush(stdout);
  if (command.stats && jit) std::fputs(jit->stats_text().c_str(), stderr);
  if (failed != tally::kFinished) {
    std::fprintf(stderr, "%s:%d: division by zero\n", path, loaded.lines[failed]);
    return 1;
  }
  return 0;
}
