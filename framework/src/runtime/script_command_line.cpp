#include "weft/jit/script_command_line.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace weft::jit {

namespace {

int usage(std::string_view name, std::string_view file_kind) {
  std::fprintf(stderr, "usage: %.*s [--jit=off | --jit=NAME=VALUE,...] [--jit-stats] %.*s\n",
               int(name.size()), name.data(), int(file_kind.size()), file_kind.data());
  return 2;
}

}  // namespace

int parse_script_command_line(int argc, char** argv, std::string_view name,
                              std::string_view file_kind, JitDriver& driver,
                              ScriptCommandLine& out) {
  bool have_path = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "--jit=", 6) == 0) {
      std::string error;
      if (!driver.set_params(argv[i] + 6, &error)) {
        std::fprintf(stderr, "%.*s: %s\n", int(name.size()), name.data(), error.c_str());
        return 2;
      }
    } else if (std::strcmp(argv[i], "--jit-stats") == 0) {
      out.stats = true;
    } else if (!have_path && argv[i][0] != '-') {
      out.path = argv[i];
      have_path = true;
    } else {
      return usage(name, file_kind);
    }
  }
  return have_path ? 0 : usage(name, file_kind);
}

bool read_script(std::string_view name, const std::string& path, std::string& source) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%.*s: cannot open %s\n", int(name.size()), name.data(), path.c_str());
    return false;
  }
  std::stringstream text;
  text << in.rdbuf();
  source = text.str();
  return true;
}

}  // namespace weft::jit
