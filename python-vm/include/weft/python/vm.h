// Running Python source: the entry points behind bin/weft-python.
// Contract: init_vm() once per process (creates the GC heap and the runtime); run_main_source()
// executes a module as __main__ and returns the process exit status (0, 1 after an uncaught
// exception or syntax error, or SystemExit's code). Output is flushed before it returns.
#pragma once

#include <string>
#include <vector>

namespace weft::python {

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
