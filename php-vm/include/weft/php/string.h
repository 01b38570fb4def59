// PHP strings: immutable byte strings with a cached hash, allocated from weft::gc; and php's
// conversions between numbers and strings.
//
// Contract:
// - A String is immutable once shared (value.h); an unshared String with spare capacity may be
//   appended to in place (append_in_place), which is how `.=` loops stay linear.
// - intern()/make_const_string() strings live outside the GC heap, are never freed and are
//   always marked shared (the compiler's literals, names).
// - format_double() follows php_gcvt: `precision` significant digits (14 for echo and string
//   conversion), or the shortest round-trip form when precision is 17 with shortest=true
//   (serialize_precision=-1: var_dump, var_export, json_encode).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "weft/php/value.h"

namespace weft::php {

struct String {
  static constexpr const char* gc_name = "php-string";
  // 0: not computed yet. Otherwise a function of the contents alone (equal strings, equal
  // hash_) that also records whether the string is an integer-like array key, so a key is
  // parsed once per string, not per access (php parses per access):
  //   kHashIntKey and kHashIntValue: an integer key, its value in the low 62 bits;
  //   kHashIntKey alone: an integer key too large for that (parsed when asked);
  //   neither: not an integer key; the hash proper (kHashIntValue may be set).
  uint64_t hash_ = 0;
  int64_t len = 0;
  int64_t cap = 0;

  char* data() { return reinterpret_cast<char*>(this + 1); }
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  std::string_view view() const { return {data(), size_t(len)}; }
  size_t gc_size() const { return sizeof(String) + size_t(cap) + 1; }
  uint64_t hash() {
    if (hash_ == 0) hash_ = compute_hash(view());
    return hash_;
  }
  static uint64_t compute_hash(std::string_view s);
  static constexpr uint64_t kHashIntKey = uint64_t{1} << 63;
  static constexpr uint64_t kHashIntValue = uint64_t{1} << 62;
  // The hash of the decimal form of `i` (a string made from an int records it at once).
  static uint64_t int_key_hash(int64_t i) {
    if (i < -(int64_t{1} << 61) || i >= (int64_t{1} << 61)) return kHashIntKey;
    return kHashIntKey | kHashIntValue | (uint64_t(i) & (kHashIntValue - 1));
  }
  // Whether the string is an integer-like array key ("12", "-3"; not "012", "1.0", " 1"), and
  // its value; computes the hash if needed (the key's lookup needs it anyway).
  inline bool int_key(int64_t* out);
};

// A new (unshared) heap string.
String* new_string(std::string_view s);
// A new heap string of length `len` (contents uninitialized) with room for `cap` bytes.
String* new_string_uninit(int64_t len, int64_t cap = 0);
// An immortal, always-shared string outside the heap (deduplicated by contents).
String* intern(std::string_view s);
// `a . b` into a new string, or in place into `a` when it is unshared and has room.
String* concat(String* a, std::string_view b, bool may_reuse_a);
// Appends in place when possible; returns the string to store (a or a grown copy).
String* append(String* a, std::string_view b);

inline bool str_equal(String* a, String* b) {
  if (a == b) return true;
  if (a->len != b->len) return false;
  if (a->hash_ && b->hash_ && a->hash_ != b->hash_) return false;
  return std::memcmp(a->data(), b->data(), size_t(a->len)) == 0;
}

// Number formatting as php does it.
std::string format_double(double d, int precision, bool shortest);
inline std::string format_double_echo(double d) { return format_double(d, 14, false); }
inline std::string format_double_repr(double d) { return format_double(d, 17, true); }
std::string format_int(int64_t i);

// php's numeric-string classification (is_numeric_string_ex).
enum class NumKind { None, Int, Float };
struct NumParse {
  NumKind kind = NumKind::None;
  int64_t i = 0;
  double d = 0;
  bool trailing = false;  // leading-numeric ("12abc"): only a prefix is a number
};
// `allow_trailing`: accept a numeric prefix followed by garbage (trailing=true in the result).
NumParse parse_numeric(std::string_view s, bool allow_trailing);
// Integer-like string keys ("12", "-3", not "012", "1.0", " 1") normalize to int keys.
bool string_is_int_key_digits(std::string_view s, int64_t* out);
// Inline, the test of the first byte that rejects most string keys (no call for "key_1").
inline bool string_is_int_key(std::string_view s, int64_t* out) {
  if (s.empty() || (unsigned(uint8_t(s[0])) - '0' > 9 && s[0] != '-')) return false;
  return string_is_int_key_digits(s, out);
}

inline bool String::int_key(int64_t* out) {
  uint64_t h = hash();
  if (!(h & kHashIntKey)) [[likely]]
    return false;
  if (h & kHashIntValue) {
    *out = int64_t(h << 2) >> 2;  // sign-extends the low 62 bits
    return true;
  }
  return string_is_int_key_digits(view(), out);
}
// A new heap string of `i`'s decimal form, its hash (an integer key's) already known.
String* new_int_string(int64_t i);

}  // namespace weft::php
