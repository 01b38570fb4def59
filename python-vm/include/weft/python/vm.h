// Running Python source: the entry points behind bin/weft-python.
// Contract: init_vm() once per process (creates the GC heap and the runtime); run_main_source()
// executes a module as __main__ and returns the process exit status (0, 1 after an uncaught
// exception or syntax error, or SystemExit's code). Output is flushed before it returns.
#pragma once

#include <string>
#include <vector>

namespace weft::python {

// What python3's command-line options set besides the program to run (tools/main.cpp parses
// them); given to set_cli_options() before init_vm(). sys.flags, sys.warnoptions,
// sys._xoptions and sys.orig_argv show them.
struct CliOptions {
  int optimize = 0;         // -O (assert statements compiled out, __debug__ False), -OO
  int verbose = 0;          // -v (accepted; weft prints no import trace)
  int bytes_warning = 0;    // -b, -bb (accepted; weft warns about no bytes/str comparison)
  bool debug = false;       // -d
  bool inspect = false;     // -i
  bool quiet = false;       // -q
  bool unbuffered = false;  // -u: sys.stdout written through at every write
  bool no_user_site = false, no_site = false, ignore_environment = false;  // -s -S -E
  bool isolated = false;                                                   // -I (-E -P -s)
  bool safe_path = false;                // -P: no script folder / current folder first on sys.path
  std::vector<std::string> warnoptions;  // -W
  std::vector<std::string> xoptions;     // -X
  std::vector<std::string> orig_argv;
};
void set_cli_options(const CliOptions& options);
const CliOptions& cli_options();

void init_vm(const std::vector<std::string>& argv, const std::string& script_dir);
int run_main_source(const std::string& filename, const std::string& source);
// `-m module`: finds the module (or a package's __main__) on sys.path and runs it as __main__.
int run_main_module(const std::string& module);
// -i: SystemExit from the script is reported like other exceptions (the REPL follows).
void set_inspect(bool on);
// The read-eval-print loop on stdin, in __main__'s namespace (a fresh __main__ if no script
// ran): line editing and history on a terminal, prompts on stderr otherwise (as python3 -i).
// Returns the exit status at end of input (0) or SystemExit's.
int run_repl(bool banner);
// WEFT_GC_STATS=1: the heap's statistics on stderr (the process ends by _Exit, which skips the
// heap's destructor that prints them elsewhere).
void report_heap_stats();

}  // namespace weft::python
