// weft-php-parse [-l] FILE: prints the AST, or the parse error the way php prints it.
// With -l it behaves like `php -l` with display_errors on stdout and log_errors off:
// "No syntax errors detected in FILE", or "\nParse error: ... in FILE on line N\n" followed
// by "Errors parsing FILE" (exit status 255), so tests can compare it with php's output.
#include <cstdio>
#include <cstring>
#include <string>

#include "file_util.h"
#include "weft/php/parser.h"

int main(int argc, char** argv) {
  bool lint = argc == 3 && std::strcmp(argv[1], "-l") == 0;
  if (argc != 2 && !lint) {
    std::fprintf(stderr, "usage: weft-php-parse [-l] FILE.php\n");
    return 2;
  }
  const char* path = argv[argc - 1];
  std::string src;
  if (!weft::php::tools::read_file(path, src)) {
    std::fprintf(stderr, "weft-php-parse: cannot read %s\n", path);
    return 2;
  }
  weft::php::Arena arena;
  weft::php::ParseResult r = weft::php::parse(src, arena);
  std::string out;
  if (r.error) {
    out = weft::php::format_error_display(*r.error, path);
    if (lint) out += std::string("Errors parsing ") + path + "\n";
  } else if (lint) {
    out = std::string("No syntax errors detected in ") + path + "\n";
  } else {
    out = weft::php::dump_ast(r.root);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return r.error ? 255 : 0;
}
