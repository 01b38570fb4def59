// PHP strings: allocation, in-place append, interning, hashing.
#include "weft/php/string.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <string>
#include <unordered_map>

namespace weft::php {

uint64_t String::compute_hash(std::string_view s) {
  int64_t key;
  if (string_is_int_key(s, &key)) return int_key_hash(key);
  // FNV-1a over 8-byte words, then a final mix; never 0 (0 means "not computed"), never with
  // kHashIntKey.
  uint64_t h = 0xcbf29ce484222325ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < s.size(); ++i) h = (h ^ uint8_t(s[i])) * 0x100000001b3ull;
  h ^= h >> 32;
  h *= 0x9e3779b97f4a7c15ull;
  h ^= h >> 29;
  h &= ~kHashIntKey;
  return h ? h : 1;
}

String* new_string_uninit(int64_t len, int64_t cap) {
  if (cap < len) cap = len;
  cap = int64_t(gc::total_size(sizeof(String) + size_t(cap) + 1) - gc::kHeaderSize -
                sizeof(String) - 1);
  String* s = gc_new_tail<String>(size_t(cap) + 1);
  s->len = len;
  s->cap = cap;
  return s;
}

String* new_string(std::string_view v) {
  String* s = new_string_uninit(int64_t(v.size()));
  if (!v.empty()) std::memcpy(s->data(), v.data(), v.size());
  return s;
}

String* new_int_string(int64_t i) {
  // Written in place, two digits at a time, once the length is known.
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  uint64_t u = i < 0 ? 0 - uint64_t(i) : uint64_t(i);
  size_t digits = 1;
  for (uint64_t power = 10; digits < 20 && u >= power; power *= 10) ++digits;
  size_t len = digits + (i < 0);
  String* s = new_string_uninit(int64_t(len));
  char* p = s->data() + len;
  while (u >= 100) {
    p -= 2;
    std::memcpy(p, kPairs + (u % 100) * 2, 2);
    u /= 100;
  }
  if (u >= 10) {
    p -= 2;
    std::memcpy(p, kPairs + u * 2, 2);
  } else {
    *--p = char('0' + u);
  }
  if (i < 0) *--p = '-';
  s->hash_ = String::int_key_hash(i);
  return s;
}

namespace {
String* intern_in_table(std::string_view v) {
  static std::unordered_map<std::string, String*>* table =
      new std::unordered_map<std::string, String*>();
  auto it = table->find(std::string(v));
  if (it != table->end()) return it->second;
  size_t bytes = gc::kHeaderSize + sizeof(String) + v.size() + 1;
  char* mem = static_cast<char*>(std::calloc(1, (bytes + 15) & ~size_t(15)));
  auto* header = reinterpret_cast<uint64_t*>(mem);
  *header = kSharedBit;
  String* s = new (mem + gc::kHeaderSize) String();
  s->len = int64_t(v.size());
  s->cap = s->len;
  if (!v.empty()) std::memcpy(s->data(), v.data(), v.size());
  s->hash();
  table->emplace(std::string(v), s);
  return s;
}
}  // namespace

String* intern(std::string_view v) {
  // "" and the one-byte strings (`$s[$i]`, chr(), false's and true's strings) without the
  // table's std::string key and hashing.
  if (v.size() <= 1) {
    static String* small[257];
    String*& slot = small[v.empty() ? 256 : uint8_t(v[0])];
    if (!slot) slot = intern_in_table(v);
    return slot;
  }
  return intern_in_table(v);
}

String* concat(String* a, std::string_view b, bool may_reuse_a) {
  if (may_reuse_a && !is_shared(a) && a->len + int64_t(b.size()) <= a->cap) {
    std::memcpy(a->data() + a->len, b.data(), b.size());
    a->len += int64_t(b.size());
    a->hash_ = 0;
    return a;
  }
  int64_t len = a->len + int64_t(b.size());
  // Growing by reuse: leave room so that repeated appends are amortized O(1).
  String* s = new_string_uninit(len, may_reuse_a ? len + len / 2 + 16 : len);
  std::memcpy(s->data(), a->data(), size_t(a->len));
  std::memcpy(s->data() + a->len, b.data(), b.size());
  return s;
}

String* append(String* a, std::string_view b) { return concat(a, b, true); }

std::string format_int(int64_t i) { return std::to_string(i); }

std::string format_double(double d, int precision, bool shortest) {
  if (d != d) return "NAN";
  if (d == __builtin_inf()) return "INF";
  if (d == -__builtin_inf()) return "-INF";
  if (d == 0) return std::signbit(d) ? "-0" : "0";
  char buf[64];
  if (shortest) {
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    *r.ptr = 0;
  } else {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, d);
  }
  // buf: [-]d[.ddd]e[+-]xx
  const char* p = buf;
  bool neg = false;
  if (*p == '-') {
    neg = true;
    ++p;
  }
  std::string digits;
  while (*p && *p != 'e') {
    if (*p != '.') digits += *p;
    ++p;
  }
  int exp = *p == 'e' ? std::atoi(p + 1) : 0;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  int decpt = exp + 1;
  std::string out = neg ? "-" : "";
  if (decpt < 0 ? decpt < -3 : decpt > precision) {
    out += digits[0];
    out += '.';
    out += digits.size() > 1 ? digits.substr(1) : "0";
    out += 'E';
    out += exp < 0 ? '-' : '+';
    out += std::to_string(exp < 0 ? -exp : exp);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    out += digits;
  } else {
    if (int(digits.size()) <= decpt) {
      out += digits;
      out.append(size_t(decpt) - digits.size(), '0');
    } else {
      out += digits.substr(0, size_t(decpt));
      out += '.';
      out += digits.substr(size_t(decpt));
    }
  }
  return out;
}

static bool is_ws(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

NumParse parse_numeric(std::string_view s, bool allow_trailing) {
  NumParse r;
  size_t n = s.size(), p = 0;
  while (p < n && is_ws(s[p])) ++p;
  size_t start = p;
  if (p < n && (s[p] == '+' || s[p] == '-')) ++p;
  size_t int_start = p;
  while (p < n && is_digit(s[p])) ++p;
  size_t int_digits = p - int_start;
  bool is_float = false;
  size_t frac_digits = 0;
  if (p < n && s[p] == '.') {
    size_t q = p + 1;
    while (q < n && is_digit(s[q])) ++q;
    frac_digits = q - p - 1;
    if (int_digits + frac_digits > 0) {
      is_float = true;
      p = q;
    }
  }
  if (int_digits + frac_digits == 0) return r;
  if (p < n && (s[p] == 'e' || s[p] == 'E')) {
    size_t q = p + 1;
    if (q < n && (s[q] == '+' || s[q] == '-')) ++q;
    if (q < n && is_digit(s[q])) {
      while (q < n && is_digit(s[q])) ++q;
      is_float = true;
      p = q;
    }
  }
  size_t end = p;
  while (p < n && is_ws(s[p])) ++p;
  if (p != n) {
    if (!allow_trailing) return r;
    r.trailing = true;
  }
  std::string num(s.substr(start, end - start));
  if (!is_float) {
    errno = 0;
    char* e = nullptr;
    long long v = std::strtoll(num.c_str(), &e, 10);
    if (errno != ERANGE) {
      r.kind = NumKind::Int;
      r.i = v;
      return r;
    }
  }
  r.kind = NumKind::Float;
  r.d = std::strtod(num.c_str(), nullptr);
  return r;
}

bool string_is_int_key_digits(std::string_view s, int64_t* out) {
  size_t n = s.size();
  if (n == 0 || n > 20) return false;
  size_t p = 0;
  bool neg = false;
  if (s[0] == '-') {
    neg = true;
    p = 1;
    if (n == 1) return false;
  }
  if (s[p] == '0' && (n - p > 1 || neg)) return false;
  uint64_t v = 0;
  if (n - p <= 18) {  // cannot overflow: no checks per digit (array keys are mostly short)
    for (; p < n; ++p) {
      unsigned d = unsigned(uint8_t(s[p])) - '0';
      if (d > 9) return false;
      v = v * 10 + d;
    }
    *out = neg ? -int64_t(v) : int64_t(v);
    return true;
  }
  for (; p < n; ++p) {
    if (!is_digit(s[p])) return false;
    if (__builtin_mul_overflow(v, uint64_t{10}, &v) ||
        __builtin_add_overflow(v, uint64_t(s[p] - '0'), &v))
      return false;
  }
  if (neg) {
    if (v > uint64_t(INT64_MAX) + 1) return false;
    *out = int64_t(0 - v);
  } else {
    if (v > uint64_t(INT64_MAX)) return false;
    *out = int64_t(v);
  }
  return true;
}

}  // namespace weft::php
