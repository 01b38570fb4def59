// weft-toy [--jit=off | --jit=PARAM=VALUE,...] [--jit-stats] PROGRAM.toy
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "toy.h"
#include "weft/jit/embedded_jitcode.h"
#include "weft/jit/runtime.h"
#include "weft/jit/script_command_line.h"

namespace toy {
extern weft::jit::JitDriver driver;
}

namespace {

// Runs the main program in the first frame of the value stack (a GC root range).
void run_main(const toy::Code* main_code) {
  toy::init_stack();
  toy::Value** frame = toy::g_stack_top;
  toy::g_stack_top += main_code->frame_size;
  toy_run(main_code, toy::frame_at(frame));
  toy::g_stack_top = frame;
}

// A call nests the interpreter loop on the native stack, and one from compiled code also a
// frame of compiled code with its spill area and an exit buffer (about 6 KiB in all): the
// language's 10000 calls need more than the usual 8 MiB. The main thread's stack grows up to
// the limit in force when it grows.
void allow_deep_recursion() {
  constexpr rlim_t kWanted = rlim_t(128) << 20;
  rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
      limit.rlim_cur >= kWanted)
    return;
  limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? kWanted : std::min(kWanted, limit.rlim_max);
  setrlimit(RLIMIT_STACK, &limit);
}

}  // namespace

int main(int argc, char** argv) {
  allow_deep_recursion();
  weft::jit::ScriptCommandLine command;
  if (int status = weft::jit::parse_script_command_line(argc, argv, "weft-toy", "PROGRAM.toy",
                                                        toy::driver, command))
    return status;
  std::string source;
  if (!weft::jit::read_script("weft-toy", command.path, source)) return 1;
  const char* path = command.path.c_str();
  std::string error;

  // Static, next to the code memory: compiled code reaches the allocation cursor and limit
  // RIP-relative (one instruction fewer per allocation than with the heap on the stack).
  static weft::gc::Heap heap;
  toy::init_types();
  toy::Program program;
  if (!toy::compile(source, program, &error)) {
    std::fprintf(stderr, "%s:%s\n", path, error.c_str());
    return 1;
  }
  std::unique_ptr<weft::jit::JitRuntime> jit;
  if (toy::driver.params().enabled) {
    weft::jit::JitRuntimeOptions options;
    options.count_direct_calls = command.stats;
    options.portal = "toy_run";
    options.printable_location = [](std::span<const uint64_t> greens) {
      auto pc = size_t(greens[0]);
      const auto* code = reinterpret_cast<const toy::Code*>(uintptr_t(greens[1]));
      std::string line = pc < code->lines.size() ? std::to_string(code->lines[pc]) : "?";
      return "function " + code->name + " pc " + std::to_string(pc) + " line " + line;
    };
    jit = weft::jit::JitRuntime::create(toy::driver, weft_embedded_jitcode, options, &error);
    if (!jit) {
      std::fprintf(stderr, "weft-toy: the JIT cannot start: %s\n", error.c_str());
      return 1;
    }
  }
  run_main(program.codes[0].get());
  std::fflush(stdout);
  if (command.stats && jit) std::fputs(jit->stats_text().c_str(), stderr);
  return 0;
}
