#include "weft/php/token.h"

#include <cstdio>

namespace weft::php {

namespace {

struct TokInfo {
  std::string_view name;
  std::string_view desc;
};

constexpr TokInfo kInfo[] = {
#define WEFT_PHP_TOK_INFO(name, desc) {#name, desc},
    WEFT_PHP_TOKENS(WEFT_PHP_TOK_INFO)
#undef WEFT_PHP_TOK_INFO
};

const TokInfo* info(Tok kind) {
  if (kind <= T_FIRST_NAMED || kind >= T_END) return nullptr;
  return &kInfo[kind - T_FIRST_NAMED - 1];
}

// php shows at most 30 bytes of the text, and never past a line break.
std::string clip(std::string_view text) {
  size_t nl = text.find_first_of("\r\n");
  if (nl != std::string_view::npos) text = text.substr(0, nl);
  if (text.size() > 30) return std::string(text.substr(0, 30)) + "...";
  return std::string(text);
}

}  // namespace

std::string_view token_name(Tok kind) {
  static char chars[256];
  if (kind < 256) {
    chars[kind] = static_cast<char>(kind);
    return std::string_view(&chars[kind], 1);
  }
  if (kind == T_END) return "END";
  return info(kind)->name;
}

std::string token_error_desc(Tok kind, std::string_view text) {
  if (kind == T_END) return "end of file";
  if (kind < 256) {
    if (kind == '"') return "double-quote mark";
    return "token \"" + std::string(1, static_cast<char>(kind)) + "\"";
  }
  if (kind == T_BAD_CHARACTER) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "character 0x%02X",
                  text.empty() ? 0 : static_cast<unsigned char>(text[0]));
    return buf;
  }
  if (kind == T_CONSTANT_ENCAPSED_STRING) {
    if (!text.empty() && (text[0] == 'b' || text[0] == 'B')) text.remove_prefix(1);
    bool single = !text.empty() && text[0] == '\'';
    std::string_view inner = text.size() >= 2 ? text.substr(1, text.size() - 2) : text;
    return std::string(single ? "single-quoted string" : "double-quoted string") + " \"" +
           clip(inner) + "\"";
  }
  std::string_view desc = info(kind)->desc;
  if (!desc.empty() && desc[0] == '\'')
    return "token \"" + std::string(desc.substr(1, desc.size() - 2)) + "\"";
  return std::string(desc) + " \"" + clip(text) + "\"";
}

std::string token_expected_desc(Tok kind) {
  if (kind == T_END) return "end of file";
  if (kind < 256) return "\"" + std::string(1, static_cast<char>(kind)) + "\"";
  std::string_view desc = info(kind)->desc;
  if (!desc.empty() && desc[0] == '\'')
    return "\"" + std::string(desc.substr(1, desc.size() - 2)) + "\"";
  return std::string(desc);
}

}  // namespace weft::php
