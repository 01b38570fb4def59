// libFuzzer target (Asan builds): the lexer and parser must not crash, hang or leak on any
// input, and the AST dump of accepted input must succeed. Run e.g.
//   build-asan/bin/fuzz-php-parser -max_total_time=300 tests/php/parser
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "weft/php/lexer.h"
#include "weft/php/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  weft::php::LexResult lexed = weft::php::lex(src);
  if (lexed.tokens.empty() || lexed.tokens.back().kind != weft::php::T_END) __builtin_trap();
  weft::php::Arena arena;
  weft::php::ParseResult r = weft::php::parse(src, arena);
  if (r.root) (void)weft::php::dump_ast(r.root);
  if (!r.root && !r.error) __builtin_trap();
  return 0;
}
