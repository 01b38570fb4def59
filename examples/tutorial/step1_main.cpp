// tally-step1 PROGRAM.tally: runs a program with step 1's plain interpreter.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "tally.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: tally-step1 PROGRAM.tally\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "tally-step1: cannot open %s\n", argv[1]);
    return 1;
  }
  std::stringstream source;
  source << in.rdbuf();
  tally::LoadedProgram loaded;
  std::string error;
  if (!tally::load(source.str(), loaded, &error)) {
    std::fprintf(stderr, "%s:%s\n", argv[1], error.c_str());
    return 1;
  }
  tally::Program program = loaded.program();
  std::vector<int64_t> vars(program.variables, 0);
  int64_t failed = tally_run(&program, vars.data());
  std::fflush(stdout);
  if (failed != tally::kFinished) {
    std::fprintf(stderr, "%s:%d: division by zero\n", argv[1], loaded.lines[failed]);
    return 1;
  }
  return 0;
}
