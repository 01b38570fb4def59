// Running a PHP script: the entry point of bin/weft-php (and of embedders).
//
// Contract: run_script() creates the heap and the VM on the calling thread (the collector
// scans that thread's stack), parses, compiles and runs `source`, writes the program's output
// to stdout and php's error log lines to stderr, and returns the process exit status
// (exit()'s status, 255 after a fatal error or an uncaught exception).
#pragma once

#include <string>
#include <vector>

namespace weft::php {

struct RunOptions {
  std::string source;
  std::string file;  // name used in messages (__FILE__, errors)
  std::vector<std::string> argv;
  std::vector<std::pair<std::string, std::string>> ini;  // -d key=value, in order
  bool dump_bytecode = false;  // print the script's compiled code to stderr (dump_code())
};

int run_script(const RunOptions& opts);

}  // namespace weft::php
