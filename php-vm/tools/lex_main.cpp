// weft-php-lex FILE: prints the token stream in the format of tests/php/lexer/dump_tokens.php
// (php's token_get_all()), for differential tests of the lexer.
#include <cstdio>
#include <string>

#include "file_util.h"
#include "weft/php/lexer.h"

namespace {

std::string esc(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: weft-php-lex FILE.php\n");
    return 2;
  }
  std::string src;
  if (!weft::php::tools::read_file(argv[1], src)) {
    std::fprintf(stderr, "weft-php-lex: cannot read %s\n", argv[1]);
    return 2;
  }
  weft::php::LexResult r = weft::php::lex(src);
  std::string out;
  for (const weft::php::Token& t : r.tokens) {
    if (t.kind == weft::php::T_END) break;
    std::string_view text(src.data() + t.off, t.len);
    out += std::to_string(t.line);
    out += ' ';
    if (t.kind < 256) {
      out += esc(text);
    } else {
      out += weft::php::token_name(t.kind);
      out += ' ';
      out += esc(text);
    }
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
