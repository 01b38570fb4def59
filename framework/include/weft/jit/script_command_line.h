// The command line of a small interpreter that runs one program file:
//     NAME [--jit=off | --jit=PARAM=VALUE,...] [--jit-stats] FILE
// shared by interpreters/bf and interpreters/toy, and a starting point for a new interpreter's
// main(). The flagship VMs have command lines of their own (python3's, php's) but accept the
// same --jit= specification (JitDriver::set_params).
#pragma once

#include <string>
#include <string_view>

#include "weft/jit/hints.h"

namespace weft::jit {

struct ScriptCommandLine {
  std::string path;    // the program file
  bool stats = false;  // --jit-stats: print JitRuntime::stats_text() at the end
};

// Parses argv[1..argc). `--jit=` is applied to `driver` as it is read. Returns 0 when the
// command line is good; otherwise prints the problem (or the usage line naming `name` and
// `file_kind`, e.g. "PROGRAM.b") to stderr and returns the exit status to end with (2).
int parse_script_command_line(int argc, char** argv, std::string_view name,
                              std::string_view file_kind, JitDriver& driver,
                              ScriptCommandLine& out);

// Reads the whole file into `source`. On failure prints "NAME: cannot open PATH" to stderr
// and returns false.
bool read_script(std::string_view name, const std::string& path, std::string& source);

}  // namespace weft::jit
