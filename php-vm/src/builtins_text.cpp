// More string functions: digests (md5, sha1) and hex (bin2hex, hex2bin), character-set
// scanning (strspn, strcspn, strpbrk), case-insensitive search (stristr, strripos),
// substr_replace, chunk_split, count_chars, quotemeta, stripslashes, soundex and
// html_entity_decode.
#include <algorithm>
#include <cstring>
#include <string>

#include "builtins.h"

namespace weft::php {

static Value str_value(std::string_view s) { return Value::str(new_string(s)); }

static std::string to_hex(const unsigned char* p, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string r(n * 2, '0');
  for (size_t i = 0; i < n; ++i) {
    r[2 * i] = digits[p[i] >> 4];
    r[2 * i + 1] = digits[p[i] & 15];
  }
  return r;
}

// ---- MD5 (RFC 1321) ----
static void md5_digest(std::string_view msg, unsigned char out[16]) {
  static const uint32_t K[64] = {
      0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613,
      0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193,
      0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d,
      0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed,
      0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122,
      0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
      0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244,
      0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
      0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
      0xeb86d391};
  static const int R[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                            5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                            4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                            6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
  uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  std::string m(msg);
  uint64_t bits = uint64_t(msg.size()) * 8;
  m.push_back(char(0x80));
  while (m.size() % 64 != 56) m.push_back('\0');
  for (int i = 0; i < 8; ++i) m.push_back(char(bits >> (8 * i)));
  for (size_t off = 0; off < m.size(); off += 64) {
    uint32_t w[16];
    for (int i = 0; i < 16; ++i) {
      const unsigned char* p = reinterpret_cast<const unsigned char*>(m.data() + off + 4 * i);
      w[i] = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    for (int i = 0; i < 64; ++i) {
      uint32_t f;
      int g;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      uint32_t t = d;
      d = c;
      c = b;
      uint32_t x = a + f + K[i] + w[g];
      b = b + ((x << R[i]) | (x >> (32 - R[i])));
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
  }
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = (unsigned char)(h[i] >> (8 * j));
}

// ---- SHA-1 (FIPS 180-4) ----
static void sha1_digest(std::string_view msg, unsigned char out[20]) {
  uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::string m(msg);
  uint64_t bits = uint64_t(msg.size()) * 8;
  m.push_back(char(0x80));
  while (m.size() % 64 != 56) m.push_back('\0');
  for (int i = 7; i >= 0; --i) m.push_back(char(bits >> (8 * i)));
  auto rol = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
  for (size_t off = 0; off < m.size(); off += 64) {
    uint32_t w[80];
    for (int i = 0; i < 16; ++i) {
      const unsigned char* p = reinterpret_cast<const unsigned char*>(m.data() + off + 4 * i);
      w[i] = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | uint32_t(p[3]);
    }
    for (int i = 16; i < 80; ++i) w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    for (int i = 0; i < 80; ++i) {
      uint32_t f, k;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5A827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ED9EBA1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8F1BBCDC;
      } else {
        f = b ^ c ^ d;
        k = 0xCA62C1D6;
      }
      uint32_t t = rol(a, 5) + f + e + k + w[i];
      e = d;
      d = c;
      c = rol(b, 30);
      b = a;
      a = t;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
  }
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 4; ++j) out[4 * i + j] = (unsigned char)(h[i] >> (24 - 8 * j));
}

WEFT_PHP_NATIVE(f_md5) {
  if (!check_arity(vm, "md5", argc, 1, 2)) return false;
  STR_ARG(s, "md5", 0)
  unsigned char d[16];
  md5_digest(s->view(), d);
  bool raw = argc > 1 && to_bool(args[1]);
  *ret =
      raw ? str_value(std::string_view(reinterpret_cast<char*>(d), 16)) : str_value(to_hex(d, 16));
  return true;
}

WEFT_PHP_NATIVE(f_sha1) {
  if (!check_arity(vm, "sha1", argc, 1, 2)) return false;
  STR_ARG(s, "sha1", 0)
  unsigned char d[20];
  sha1_digest(s->view(), d);
  bool raw = argc > 1 && to_bool(args[1]);
  *ret =
      raw ? str_value(std::string_view(reinterpret_cast<char*>(d), 20)) : str_value(to_hex(d, 20));
  return true;
}

WEFT_PHP_NATIVE(f_bin2hex) {
  if (!check_arity(vm, "bin2hex", argc, 1, 1)) return false;
  STR_ARG(s, "bin2hex", 0)
  *ret = str_value(to_hex(reinterpret_cast<const unsigned char*>(s->data()), s->len));
  return true;
}

WEFT_PHP_NATIVE(f_hex2bin) {
  if (!check_arity(vm, "hex2bin", argc, 1, 1)) return false;
  STR_ARG(s, "hex2bin", 0)
  std::string_view v = s->view();
  if (v.size() % 2) {
    vm.warning("hex2bin(): Hexadecimal input string must have an even length");
    *ret = Value::boolean(false);
    return true;
  }
  auto nib = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string r;
  for (size_t i = 0; i < v.size(); i += 2) {
    int hi = nib(v[i]), lo = nib(v[i + 1]);
    if (hi < 0 || lo < 0) {
      vm.warning("hex2bin(): Input string must be hexadecimal string");
      *ret = Value::boolean(false);
      return true;
    }
    r.push_back(char(hi * 16 + lo));
  }
  *ret = str_value(r);
  return true;
}

// strspn/strcspn: php's offset/length arguments select the part of the subject scanned.
static bool span(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn, bool accept) {
  if (!check_arity(vm, fn, argc, 2, 4)) return false;
  STR_ARG(s, fn, 0)
  STR_ARG(mask, fn, 1)
  int64_t len = s->len;
  int64_t off = argc > 2 ? to_int(args[2]) : 0;
  if (off < 0) off = std::max<int64_t>(0, len + off);
  if (off > len) {
    *ret = Value::integer(0);
    return true;
  }
  int64_t n = len - off;
  if (argc > 3 && deref(args[3]).tag != Tag::Null) {
    int64_t l = to_int(args[3]);
    n = l < 0 ? std::max<int64_t>(0, n + l) : std::min(n, l);
  }
  std::string_view m = mask->view();
  int64_t i = 0;
  while (i < n && (m.find(s->data()[off + i]) != std::string_view::npos) == accept) ++i;
  *ret = Value::integer(i);
  return true;
}
WEFT_PHP_NATIVE(f_strspn) { return span(vm, args, argc, ret, "strspn", true); }
WEFT_PHP_NATIVE(f_strcspn) { return span(vm, args, argc, ret, "strcspn", false); }

WEFT_PHP_NATIVE(f_strpbrk) {
  if (!check_arity(vm, "strpbrk", argc, 2, 2)) return false;
  STR_ARG(s, "strpbrk", 0)
  STR_ARG(chars, "strpbrk", 1)
  size_t p = s->view().find_first_of(chars->view());
  *ret = p == std::string_view::npos ? Value::boolean(false) : str_value(s->view().substr(p));
  return true;
}

static std::string lower_bytes(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

WEFT_PHP_NATIVE(f_stristr) {
  if (!check_arity(vm, "stristr", argc, 2, 3)) return false;
  STR_ARG(h, "stristr", 0)
  STR_ARG(n, "stristr", 1)
  size_t p = lower_bytes(h->view()).find(lower_bytes(n->view()));
  if (p == std::string::npos) {
    *ret = Value::boolean(false);
    return true;
  }
  bool before = argc > 2 && to_bool(args[2]);
  *ret = str_value(before ? h->view().substr(0, p) : h->view().substr(p));
  return true;
}

WEFT_PHP_NATIVE(f_strripos) {
  if (!check_arity(vm, "strripos", argc, 2, 3)) return false;
  STR_ARG(h, "strripos", 0)
  STR_ARG(n, "strripos", 1)
  std::string hay = lower_bytes(h->view()), needle = lower_bytes(n->view());
  int64_t len = int64_t(hay.size());
  int64_t off = argc > 2 ? to_int(args[2]) : 0;
  if (off > len || off < -len)
    return vm.throw_error("ValueError",
                          "strripos(): Argument #3 ($offset) must be contained in argument #1 "
                          "($haystack)");
  size_t p;
  if (off >= 0) {
    p = hay.rfind(needle);
    if (p != std::string::npos && int64_t(p) < off) p = std::string::npos;
  } else {
    // a negative offset: the match must start at or before len + off
    int64_t last = len + off;
    p = hay.rfind(needle, size_t(last));
  }
  *ret = p == std::string::npos ? Value::boolean(false) : Value::integer(int64_t(p));
  return true;
}

WEFT_PHP_NATIVE(f_substr_replace) {
  if (!check_arity(vm, "substr_replace", argc, 3, 4)) return false;
  STR_ARG(s, "substr_replace", 0)
  STR_ARG(rep, "substr_replace", 1)
  int64_t len = s->len;
  int64_t start = to_int(args[2]);
  if (start < 0) start = std::max<int64_t>(0, len + start);
  if (start > len) start = len;
  int64_t n = len - start;
  if (argc > 3 && deref(args[3]).tag != Tag::Null) {
    int64_t l = to_int(args[3]);
    n = l < 0 ? std::max<int64_t>(0, len - start + l) : std::min(n, l);
  }
  std::string r(s->view().substr(0, size_t(start)));
  r += rep->view();
  r += s->view().substr(size_t(start + n));
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_chunk_split) {
  if (!check_arity(vm, "chunk_split", argc, 1, 3)) return false;
  STR_ARG(s, "chunk_split", 0)
  int64_t n = argc > 1 ? to_int(args[1]) : 76;
  if (n < 1)
    return vm.throw_error("ValueError",
                          "chunk_split(): Argument #2 ($length) must be greater than 0");
  std::string end = "\r\n";
  if (argc > 2) {
    STR_ARG(e, "chunk_split", 2)
    end = std::string(e->view());
  }
  std::string r;
  std::string_view v = s->view();
  for (size_t i = 0; i < v.size(); i += size_t(n)) {
    r += v.substr(i, size_t(n));
    r += end;
  }
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_count_chars) {
  if (!check_arity(vm, "count_chars", argc, 1, 2)) return false;
  STR_ARG(s, "count_chars", 0)
  int64_t mode = argc > 1 ? to_int(args[1]) : 0;
  if (mode < 0 || mode > 4)
    return vm.throw_error("ValueError",
                          "count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)");
  int64_t counts[256] = {};
  for (unsigned char c : s->view()) counts[c]++;
  if (mode >= 3) {
    std::string r;
    for (int c = 0; c < 256; ++c)
      if ((counts[c] != 0) == (mode == 3)) r.push_back(char(c));
    *ret = str_value(r);
    return true;
  }
  Array* a = Array::make();
  for (int c = 0; c < 256; ++c)
    if (mode == 0 || (mode == 1 && counts[c]) || (mode == 2 && !counts[c]))
      a->set(Key::integer(c), Value::integer(counts[c]));
  *ret = Value::arr(a);
  return true;
}

WEFT_PHP_NATIVE(f_quotemeta) {
  if (!check_arity(vm, "quotemeta", argc, 1, 1)) return false;
  STR_ARG(s, "quotemeta", 0)
  std::string r;
  for (char c : s->view()) {
    if (std::strchr(".\\+*?[^]$()", c) && c) r.push_back('\\');
    r.push_back(c);
  }
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_stripslashes) {
  if (!check_arity(vm, "stripslashes", argc, 1, 1)) return false;
  STR_ARG(s, "stripslashes", 0)
  std::string r;
  std::string_view v = s->view();
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] != '\\') {
      r.push_back(v[i]);
      continue;
    }
    if (++i >= v.size()) break;
    r.push_back(v[i] == '0' ? '\0' : v[i]);
  }
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_soundex) {
  if (!check_arity(vm, "soundex", argc, 1, 1)) return false;
  STR_ARG(s, "soundex", 0)
  // letter codes A..Z; 0 = not coded (vowels, H, W, Y)
  static const char codes[] = "01230120022455012623010202";
  std::string r;
  char last = 0;
  for (unsigned char c : s->view()) {
    if (!std::isalpha(c)) continue;
    char u = char(std::toupper(c));
    char code = codes[u - 'A'];
    if (r.empty()) {
      r.push_back(u);
      last = code;
    } else {
      if (code != '0' && code != last) r.push_back(code);
      // H and W do not separate equal codes; vowels do
      if (u != 'H' && u != 'W') last = code;
    }
    if (r.size() == 4) break;
  }
  if (!r.empty())
    while (r.size() < 4) r.push_back('0');
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_html_entity_decode) {
  if (!check_arity(vm, "html_entity_decode", argc, 1, 3)) return false;
  STR_ARG(s, "html_entity_decode", 0)
  int64_t flags =
      argc > 1 ? to_int(args[1]) : (2 | 1 | 8 | 16);  // ENT_QUOTES|ENT_SUBSTITUTE|ENT_HTML401
  std::string_view v = s->view();
  std::string r;
  static const std::pair<const char*, const char*> named[] = {{"amp", "&"},
                                                              {"lt", "<"},
                                                              {"gt", ">"},
                                                              {"nbsp", "\xC2\xA0"},
                                                              {"copy", "\xC2\xA9"},
                                                              {"reg", "\xC2\xAE"},
                                                              {"euro", "\xE2\x82\xAC"},
                                                              {"hellip", "\xE2\x80\xA6"},
                                                              {"mdash", "\xE2\x80\x94"},
                                                              {"ndash", "\xE2\x80\x93"}};
  auto utf8 = [](uint32_t cp, std::string& out) {
    if (cp < 0x80) {
      out.push_back(char(cp));
    } else if (cp < 0x800) {
      out.push_back(char(0xC0 | (cp >> 6)));
      out.push_back(char(0x80 | (cp & 63)));
    } else if (cp < 0x10000) {
      out.push_back(char(0xE0 | (cp >> 12)));
      out.push_back(char(0x80 | ((cp >> 6) & 63)));
      out.push_back(char(0x80 | (cp & 63)));
    } else {
      out.push_back(char(0xF0 | (cp >> 18)));
      out.push_back(char(0x80 | ((cp >> 12) & 63)));
      out.push_back(char(0x80 | ((cp >> 6) & 63)));
      out.push_back(char(0x80 | (cp & 63)));
    }
  };
  for (size_t i = 0; i < v.size(); ++i) {
    size_t semi = v[i] == '&' ? v.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      r.push_back(v[i]);
      continue;
    }
    std::string_view ent = v.substr(i + 1, semi - i - 1);
    std::string rep;
    bool ok = false;
    if (!ent.empty() && ent[0] == '#') {
      bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
      std::string digits(ent.substr(hex ? 2 : 1));
      if (!digits.empty() && digits.find_first_not_of(hex ? "0123456789abcdefABCDEF"
                                                          : "0123456789") == std::string::npos) {
        uint32_t cp = uint32_t(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
        bool quote = cp == '\'' || cp == '"';
        bool keep = (cp == '\'' && !(flags & 1 && flags & 2)) || (cp == '"' && !(flags & 2));
        if (cp <= 0x10FFFF && !(quote && keep)) {
          utf8(cp, rep);
          ok = true;
        }
      }
    } else if (ent == "quot") {
      if (flags & 2) {
        rep = "\"";
        ok = true;
      }
    } else if (ent == "apos" || ent == "#039") {
      // &apos; is not an HTML 4.01 entity
    } else {
      for (auto& [name, text] : named)
        if (ent == name) {
          rep = text;
          ok = true;
        }
    }
    if (ok) {
      r += rep;
      i = semi;
    } else {
      r.push_back(v[i]);
    }
  }
  *ret = str_value(r);
  return true;
}

// ctype_*: true when every byte is in the class; false for "" (and for non-strings, which
// php 8.1 deprecates; ints are not treated as characters here)
template <int (*Pred)(int)>
static bool ctype(VM&, Value* args, uint32_t argc, Value* ret, Object*) {
  const Value& v = arg_at(args, argc, 0);
  if (v.tag != Tag::Str || v.s->len == 0) {
    *ret = Value::boolean(false);
    return true;
  }
  bool ok = true;
  for (unsigned char c : v.s->view()) ok = ok && Pred(c);
  *ret = Value::boolean(ok);
  return true;
}

WEFT_PHP_NATIVE(f_base64_encode) {
  if (!check_arity(vm, "base64_encode", argc, 1, 1)) return false;
  STR_ARG(s, "base64_encode", 0)
  static const char tbl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string_view v = s->view();
  std::string r;
  for (size_t i = 0; i < v.size(); i += 3) {
    uint32_t n = uint32_t(static_cast<unsigned char>(v[i])) << 16;
    if (i + 1 < v.size()) n |= uint32_t(static_cast<unsigned char>(v[i + 1])) << 8;
    if (i + 2 < v.size()) n |= static_cast<unsigned char>(v[i + 2]);
    r.push_back(tbl[n >> 18]);
    r.push_back(tbl[(n >> 12) & 63]);
    r.push_back(i + 1 < v.size() ? tbl[(n >> 6) & 63] : '=');
    r.push_back(i + 2 < v.size() ? tbl[n & 63] : '=');
  }
  *ret = str_value(r);
  return true;
}

WEFT_PHP_NATIVE(f_base64_decode) {
  if (!check_arity(vm, "base64_decode", argc, 1, 2)) return false;
  STR_ARG(s, "base64_decode", 0)
  bool strict = argc > 1 && to_bool(args[1]);
  auto val = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string r;
  uint32_t acc = 0;
  int bits = 0;
  size_t pad = 0;
  for (char c : s->view()) {
    if (c == '=') {
      ++pad;
      continue;
    }
    int d = val(c);
    if (d < 0 || pad) {
      // non-alphabet bytes are skipped, except in strict mode (and data after padding)
      if (strict && !(d < 0 && (c == ' ' || c == '\n' || c == '\r' || c == '\t'))) {
        *ret = Value::boolean(false);
        return true;
      }
      continue;
    }
    acc = (acc << 6) | uint32_t(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      r.push_back(char((acc >> bits) & 0xFF));
    }
  }
  if (strict && bits >= 6) {
    *ret = Value::boolean(false);
    return true;
  }
  *ret = str_value(r);
  return true;
}

// urlencode (spaces as +) and rawurlencode (RFC 3986); their decoders
static std::string url_encode(std::string_view v, bool raw) {
  static const char hex[] = "0123456789ABCDEF";
  std::string r;
  for (unsigned char c : v) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || (raw && c == '~')) {
      r.push_back(char(c));
    } else if (c == ' ' && !raw) {
      r.push_back('+');
    } else {
      r.push_back('%');
      r.push_back(hex[c >> 4]);
      r.push_back(hex[c & 15]);
    }
  }
  return r;
}
static std::string url_decode(std::string_view v, bool raw) {
  std::string r;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '+' && !raw) {
      r.push_back(' ');
    } else if (v[i] == '%' && i + 2 < v.size() &&
               std::isxdigit(static_cast<unsigned char>(v[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(v[i + 2]))) {
      r.push_back(char(std::stoi(std::string(v.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      r.push_back(v[i]);
    }
  }
  return r;
}
WEFT_PHP_NATIVE(f_urlencode) {
  STR_ARG(s, "urlencode", 0)
  *ret = str_value(url_encode(s->view(), false));
  return true;
}
WEFT_PHP_NATIVE(f_rawurlencode) {
  STR_ARG(s, "rawurlencode", 0)
  *ret = str_value(url_encode(s->view(), true));
  return true;
}
WEFT_PHP_NATIVE(f_urldecode) {
  STR_ARG(s, "urldecode", 0)
  *ret = str_value(url_decode(s->view(), false));
  return true;
}
WEFT_PHP_NATIVE(f_rawurldecode) {
  STR_ARG(s, "rawurldecode", 0)
  *ret = str_value(url_decode(s->view(), true));
  return true;
}

void register_text_builtins(VM& vm) {
  vm.register_native("ctype_digit", ctype<isdigit>);
  vm.register_native("ctype_alpha", ctype<isalpha>);
  vm.register_native("ctype_alnum", ctype<isalnum>);
  vm.register_native("ctype_upper", ctype<isupper>);
  vm.register_native("ctype_lower", ctype<islower>);
  vm.register_native("ctype_space", ctype<isspace>);
  vm.register_native("ctype_punct", ctype<ispunct>);
  vm.register_native("ctype_xdigit", ctype<isxdigit>);
  vm.register_native("base64_encode", f_base64_encode);
  vm.register_native("base64_decode", f_base64_decode);
  vm.register_native("urlencode", f_urlencode);
  vm.register_native("rawurlencode", f_rawurlencode);
  vm.register_native("urldecode", f_urldecode);
  vm.register_native("rawurldecode", f_rawurldecode);
  vm.register_native("md5", f_md5);
  vm.register_native("sha1", f_sha1);
  vm.register_native("bin2hex", f_bin2hex);
  vm.register_native("hex2bin", f_hex2bin);
  vm.register_native("strspn", f_strspn);
  vm.register_native("strcspn", f_strcspn);
  vm.register_native("strpbrk", f_strpbrk);
  vm.register_native("stristr", f_stristr);
  vm.register_native("strripos", f_strripos);
  vm.register_native("substr_replace", f_substr_replace);
  vm.register_native("chunk_split", f_chunk_split);
  vm.register_native("count_chars", f_count_chars);
  vm.register_native("quotemeta", f_quotemeta);
  vm.register_native("stripslashes", f_stripslashes);
  vm.register_native("soundex", f_soundex);
  vm.register_native("html_entity_decode", f_html_entity_decode);
}

}  // namespace weft::php
