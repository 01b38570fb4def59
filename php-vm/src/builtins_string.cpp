// String functions: length/search/slicing, case, trimming, padding, splitting and joining,
// replacement, formatting (sprintf family, number_format), conversions.
#include <algorithm>
#include <boost/crc.hpp>
#include <charconv>
#include <cmath>
#include <functional>
#include <string>

#include "builtins.h"

namespace weft::php {

static std::string S(const Value& v) { return to_std_string(v); }
static Value str_value(std::string_view s) { return Value::str(new_string(s)); }

bool str_arg(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i, String** out,
             const char* param) {
  const Value& v = arg_at(args, argc, i);
  if (v.tag == Tag::Str) {
    *out = v.s;
    return true;
  }
  std::string which = std::to_string(i + 1) + (param ? std::string(" ($") + param + ")" : "");
  if (v.tag == Tag::Arr || v.tag == Tag::Res || (v.tag == Tag::Obj && !v.o->cls->m_tostring))
    return vm.throw_error("TypeError", std::string(fn) + "(): Argument #" + which +
                                           " must be of type string, " + zend_type_name(v) +
                                           " given");
  if (v.tag == Tag::Null && i < argc)
    vm.deprecated(std::string(fn) + "(): Passing null to parameter #" + which +
                  " of type string is deprecated");
  return vm.to_string(v, out);
}

WEFT_PHP_NATIVE(f_strlen) {
  if (!check_arity(vm, "strlen", argc, 1, 1)) return false;
  String* s;
  if (!str_arg(vm, "strlen", args, argc, 0, &s, "string")) return false;
  *ret = Value::integer(s->len);
  return true;
}

WEFT_PHP_NATIVE(f_str_repeat) {
  if (!check_arity(vm, "str_repeat", argc, 2, 2)) return false;
  STR_ARG(s, "str_repeat", 0)
  int64_t n = to_int(arg_at(args, argc, 1));
  if (n < 0)
    return vm.throw_error("ValueError",
                          "str_repeat(): Argument #2 ($times) must be greater than or equal to 0");
  String* r = new_string_uninit(s->len * n);
  for (int64_t i = 0; i < n; ++i) std::memcpy(r->data() + i * s->len, s->data(), size_t(s->len));
  *ret = Value::str(r);
  return true;
}

static bool clamp_substr(int64_t len, int64_t* start, int64_t* count, bool has_count) {
  int64_t s = *start;
  if (s < 0) s = std::max<int64_t>(0, len + s);
  if (s > len) s = len;
  int64_t c = has_count ? *count : len - s;
  if (c < 0) c = std::max<int64_t>(0, len - s + c);
  if (s + c > len) c = len - s;
  *start = s;
  *count = c;
  return true;
}

WEFT_PHP_NATIVE(f_substr) {
  if (!check_arity(vm, "substr", argc, 2, 3)) return false;
  STR_ARG(s, "substr", 0)
  int64_t start = to_int(arg_at(args, argc, 1)), count = 0;
  bool has = argc > 2 && !arg_at(args, argc, 2).is_null();
  if (has) count = to_int(arg_at(args, argc, 2));
  clamp_substr(s->len, &start, &count, has);
  *ret = str_value(s->view().substr(size_t(start), size_t(count)));
  return true;
}

static bool offset_arg(VM& vm, const char* fn, int64_t len, const Value& v, int64_t* off) {
  int64_t o = to_int(v);
  if (o < 0) o += len;
  if (o < 0 || o > len)
    return vm.throw_error(
        "ValueError",
        std::string(fn) + "(): Argument #3 ($offset) must be contained in argument #1 ($haystack)");
  *off = o;
  return true;
}

static std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = char(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

static bool strpos_impl(VM& vm, Value* args, uint32_t argc, Value* ret, const char* fn, bool ci,
                        bool reverse) {
  if (!check_arity(vm, fn, argc, 2, 3)) return false;
  STR_ARG(h, fn, 0)
  STR_ARG(n, fn, 1)
  std::string hs(h->view()), ns(n->view());
  if (ci) {
    hs = lower(hs);
    ns = lower(ns);
  }
  int64_t off = 0;
  if (argc > 2 && !reverse && !offset_arg(vm, fn, h->len, args[2], &off)) return false;
  size_t pos;
  if (reverse) {
    int64_t o = to_int(arg_at(args, argc, 2));
    if (o >= 0) {
      pos = hs.rfind(ns);
      if (pos != std::string::npos && int64_t(pos) < o) pos = std::string::npos;
    } else {
      int64_t limit = h->len + o;
      if (limit < 0)
        return vm.throw_error(
            "ValueError",
            std::string(fn) +
                "(): Argument #3 ($offset) must be contained in argument #1 ($haystack)");
      pos = hs.rfind(ns, size_t(limit));
    }
  } else {
    pos = hs.find(ns, size_t(off));
  }
  *ret = pos == std::string::npos ? Value::boolean(false) : Value::integer(int64_t(pos));
  return true;
}

WEFT_PHP_NATIVE(f_strpos) { return strpos_impl(vm, args, argc, ret, "strpos", false, false); }
WEFT_PHP_NATIVE(f_stripos) { return strpos_impl(vm, args, argc, ret, "stripos", true, false); }
WEFT_PHP_NATIVE(f_strrpos) { return strpos_impl(vm, args, argc, ret, "strrpos", false, true); }

WEFT_PHP_NATIVE(f_strstr) {
  if (!check_arity(vm, "strstr", argc, 2, 3)) return false;
  STR_ARG(h, "strstr", 0)
  STR_ARG(n, "strstr", 1)
  size_t p = h->view().find(n->view());
  if (p == std::string_view::npos) {
    *ret = Value::boolean(false);
    return true;
  }
  *ret = to_bool(arg_at(args, argc, 2)) ? str_value(h->view().substr(0, p))
                                        : str_value(h->view().substr(p));
  return true;
}

WEFT_PHP_NATIVE(f_strrchr) {
  STR_ARG(h, "strrchr", 0)
  STR_ARG(n, "strrchr", 1)
  size_t p = n->len ? h->view().rfind(n->data()[0]) : std::string_view::npos;
  *ret = p == std::string_view::npos ? Value::boolean(false) : str_value(h->view().substr(p));
  return true;
}

WEFT_PHP_NATIVE(f_str_contains) {
  STR_ARG(h, "str_contains", 0)
  STR_ARG(n, "str_contains", 1)
  *ret = Value::boolean(h->view().find(n->view()) != std::string_view::npos);
  return true;
}
WEFT_PHP_NATIVE(f_str_starts_with) {
  STR_ARG(h, "str_starts_with", 0)
  STR_ARG(n, "str_starts_with", 1)
  *ret = Value::boolean(h->view().substr(0, size_t(n->len)) == n->view());
  return true;
}
WEFT_PHP_NATIVE(f_str_ends_with) {
  STR_ARG(h, "str_ends_with", 0)
  STR_ARG(n, "str_ends_with", 1)
  *ret = Value::boolean(h->len >= n->len && h->view().substr(size_t(h->len - n->len)) == n->view());
  return true;
}

static void replace_all(std::string& s, std::string_view from, std::string_view to, int64_t* count,
                        bool ci) {
  if (from.empty()) return;
  std::string out;
  std::string hay = ci ? lower(s) : s;
  std::string needle = ci ? lower(from) : std::string(from);
  size_t pos = 0;
  for (;;) {
    size_t p = hay.find(needle, pos);
    if (p == std::string::npos) break;
    out.append(s, pos, p - pos);
    out.append(to);
    pos = p + from.size();
    ++*count;
  }
  out.append(s, pos, std::string::npos);
  s = std::move(out);
}

static bool str_replace_impl(VM& vm, Value* args, uint32_t argc, Value* ret, bool ci) {
  const char* fn = ci ? "str_ireplace" : "str_replace";
  if (!check_arity(vm, fn, argc, 3, 4)) return false;
  const Value& search = arg_at(args, argc, 0);
  const Value& replace = arg_at(args, argc, 1);
  const Value& subject = arg_at(args, argc, 2);
  int64_t count = 0;
  auto one = [&](const Value& subj) -> Value {
    std::string s = S(subj);
    if (search.tag == Tag::Arr) {
      Array* sa = search.a;
      Array* ra = replace.tag == Tag::Arr ? replace.a : nullptr;
      uint32_t ri = ra ? ra->first() : 0;
      for (uint32_t i = sa->first(); i < sa->used(); i = sa->next(i)) {
        std::string to;
        if (ra) {
          if (ri < ra->used()) {
            to = S(ra->buckets()[ri].v);
            ri = ra->next(ri);
          }
        } else {
          to = S(replace);
        }
        replace_all(s, S(sa->buckets()[i].v), to, &count, ci);
      }
    } else {
      replace_all(s, S(search), S(replace), &count, ci);
    }
    return str_value(s);
  };
  if (subject.tag == Tag::Arr) {
    Array* out = Array::make();
    Array* a = subject.a;
    for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
      Bucket& b = a->buckets()[i];
      out->set(b.array_key(), one(b.v));
    }
    *ret = Value::arr(out);
  } else {
    *ret = one(subject);
  }
  if (argc > 3 && args[3].tag == Tag::Ref) args[3].r->v = Value::integer(count);
  return true;
}
WEFT_PHP_NATIVE(f_str_replace) { return str_replace_impl(vm, args, argc, ret, false); }
WEFT_PHP_NATIVE(f_str_ireplace) { return str_replace_impl(vm, args, argc, ret, true); }

WEFT_PHP_NATIVE(f_implode) {
  if (!check_arity(vm, "implode", argc, 1, 2)) return false;
  Value sep = arg_at(args, argc, 0), arr = arg_at(args, argc, 1);
  if (argc == 1) {
    arr = sep;
    sep = Value::str(intern(""));
  } else if (sep.tag == Tag::Arr) {
    std::swap(sep, arr);
  }
  if (arr.tag != Tag::Arr)
    return vm.throw_error("TypeError", "implode(): Argument #2 ($array) must be of type ?array, " +
                                           zend_type_name(arr) + " given");
  std::string out, s = S(sep);
  Array* a = arr.a;
  bool first = true;
  for (uint32_t i = a->first(); i < a->used(); i = a->next(i)) {
    if (!first) out += s;
    first = false;
    String* x;
    if (!vm.to_string(a->buckets()[i].v, &x)) return false;
    out.append(x->view());
  }
  *ret = str_value(out);
  return true;
}

WEFT_PHP_NATIVE(f_explode) {
  if (!check_arity(vm, "explode", argc, 2, 3)) return false;
  STR_ARG(sep, "explode", 0)
  STR_ARG(s, "explode", 1)
  if (sep->len == 0)
    return vm.throw_error("ValueError", "explode(): Argument #1 ($separator) cannot be empty");
  int64_t limit = argc > 2 ? to_int(args[2]) : INT64_MAX;
  if (limit == 0) limit = 1;
  // Two passes, counting the pieces first: the array gets exactly its size, and no list of
  // pieces is built (exploding a 3 MB string into 300000 pieces otherwise held a doubling
  // vector and a doubling array at once: 20 MB of peak RSS).
  std::string_view v = s->view(), d = sep->view();
  uint64_t total = 1;
  for (size_t p = v.find(d); p != std::string_view::npos; p = v.find(d, p + d.size())) ++total;
  uint64_t keep = limit > 0                  ? std::min(total, uint64_t(limit))
                  : limit <= -int64_t(total) ? 0
                                             : total - uint64_t(-limit);
  Array* out = Array::make(uint32_t(keep));
  size_t pos = 0;
  for (uint64_t i = 0; i < keep; ++i) {
    // with a positive limit, the last piece is the rest of the string
    size_t p = limit > 0 && i + 1 == keep ? std::string_view::npos : v.find(d, pos);
    if (p == std::string_view::npos) {
      out->append(str_value(v.substr(pos)));
      break;
    }
    out->append(str_value(v.substr(pos, p - pos)));
    pos = p + d.size();
  }
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_str_split) {
  STR_ARG(s, "str_split", 0)
  int64_t n = argc > 1 ? to_int(args[1]) : 1;
  if (n < 1)
    return vm.throw_error("ValueError",
                          "str_split(): Argument #2 ($length) must be greater than 0");
  Array* out = Array::make();  // php 8.2: an empty string gives an empty array
  for (int64_t i = 0; i < s->len; i += n)
    out->append(str_value(s->view().substr(size_t(i), size_t(n))));
  *ret = Value::arr(out);
  return true;
}

static Value map_chars(String* s, int (*fn)(int)) {
  String* r = new_string_uninit(s->len);
  for (int64_t i = 0; i < s->len; ++i)
    r->data()[i] = char(fn(static_cast<unsigned char>(s->data()[i])));
  return Value::str(r);
}
static int up(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static int lo(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

WEFT_PHP_NATIVE(f_strtoupper) {
  STR_ARG(s, "strtoupper", 0)
  *ret = map_chars(s, up);
  return true;
}
WEFT_PHP_NATIVE(f_strtolower) {
  STR_ARG(s, "strtolower", 0)
  *ret = map_chars(s, lo);
  return true;
}
WEFT_PHP_NATIVE(f_ucfirst) {
  STR_ARG(s, "ucfirst", 0)
  std::string r(s->view());
  if (!r.empty()) r[0] = char(up(static_cast<unsigned char>(r[0])));
  *ret = str_value(r);
  return true;
}
WEFT_PHP_NATIVE(f_lcfirst) {
  STR_ARG(s, "lcfirst", 0)
  std::string r(s->view());
  if (!r.empty()) r[0] = char(lo(static_cast<unsigned char>(r[0])));
  *ret = str_value(r);
  return true;
}
WEFT_PHP_NATIVE(f_ucwords) {
  STR_ARG(s, "ucwords", 0)
  std::string delims = argc > 1 ? S(args[1]) : std::string(" \t\r\n\f\v");
  std::string r(s->view());
  bool start = true;
  for (auto& c : r) {
    if (start) c = char(up(static_cast<unsigned char>(c)));
    start = delims.find(c) != std::string::npos;
  }
  *ret = str_value(r);
  return true;
}

static std::string trim_set(Value* args, uint32_t argc) {
  if (argc < 2) return std::string(" \t\n\r\v\0", 6);
  std::string chars = S(args[1]), set;
  for (size_t i = 0; i < chars.size(); ++i) {
    if (i + 3 < chars.size() + 0 && chars[i + 1] == '.' && chars[i + 2] == '.' &&
        i + 3 < chars.size()) {
      for (int c = static_cast<unsigned char>(chars[i]);
           c <= static_cast<unsigned char>(chars[i + 3]); ++c)
        set += char(c);
      i += 3;
    } else {
      set += chars[i];
    }
  }
  return set;
}
static bool trim_impl(VM& vm, Value* args, uint32_t argc, Value* ret, int which, const char* fn) {
  if (!check_arity(vm, fn, argc, 1, 2)) return false;
  STR_ARG(s, fn, 0)
  std::string set = trim_set(args, argc);
  std::string_view v = s->view();
  size_t b = 0, e = v.size();
  if (which & 1)
    while (b < e && set.find(v[b]) != std::string::npos) ++b;
  if (which & 2)
    while (e > b && set.find(v[e - 1]) != std::string::npos) --e;
  *ret = str_value(v.substr(b, e - b));
  return true;
}
WEFT_PHP_NATIVE(f_trim) { return trim_impl(vm, args, argc, ret, 3, "trim"); }
WEFT_PHP_NATIVE(f_ltrim) { return trim_impl(vm, args, argc, ret, 1, "ltrim"); }
WEFT_PHP_NATIVE(f_rtrim) { return trim_impl(vm, args, argc, ret, 2, "rtrim"); }

WEFT_PHP_NATIVE(f_str_pad) {
  if (!check_arity(vm, "str_pad", argc, 2, 4)) return false;
  STR_ARG(s, "str_pad", 0)
  int64_t len = to_int(args[1]);
  std::string pad = argc > 2 ? S(args[2]) : " ";
  int64_t type = argc > 3 ? to_int(args[3]) : 1;
  if (pad.empty())
    return vm.throw_error("ValueError",
                          "str_pad(): Argument #3 ($pad_string) must be a non-empty string");
  int64_t total = len - s->len;
  if (total <= 0) {
    *ret = Value::str(s);
    return true;
  }
  int64_t left = type == 0 ? total : type == 2 ? total / 2 : 0;
  int64_t right = total - left;
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += pad[size_t(i) % pad.size()];
  out.append(s->view());
  for (int64_t i = 0; i < right; ++i) out += pad[size_t(i) % pad.size()];
  *ret = str_value(out);
  return true;
}

WEFT_PHP_NATIVE(f_strrev) {
  STR_ARG(s, "strrev", 0)
  std::string r(s->view());
  std::reverse(r.begin(), r.end());
  *ret = str_value(r);
  return true;
}

static int sign(int c) { return c < 0 ? -1 : c > 0 ? 1 : 0; }
WEFT_PHP_NATIVE(f_strcmp) {
  *ret = Value::integer(sign(S(arg_at(args, argc, 0)).compare(S(arg_at(args, argc, 1)))));
  return true;
}
WEFT_PHP_NATIVE(f_strcasecmp) {
  *ret = Value::integer(
      sign(lower(S(arg_at(args, argc, 0))).compare(lower(S(arg_at(args, argc, 1))))));
  return true;
}
// php's strncmp is not normalized to -1/0/1: the first differing bytes' difference, else the
// difference of the (clipped) lengths.
WEFT_PHP_NATIVE(f_strncmp) {
  if (!check_arity(vm, "strncmp", argc, 3, 3)) return false;
  int64_t n = to_int(arg_at(args, argc, 2));
  if (n < 0)
    return vm.throw_error("ValueError",
                          "strncmp(): Argument #3 ($length) must be greater than or equal to 0");
  std::string a = S(arg_at(args, argc, 0)).substr(0, size_t(n));
  std::string b = S(arg_at(args, argc, 1)).substr(0, size_t(n));
  for (size_t i = 0; i < a.size() && i < b.size(); ++i)
    if (a[i] != b[i]) {
      *ret = Value::integer(int(static_cast<unsigned char>(a[i])) -
                            int(static_cast<unsigned char>(b[i])));
      return true;
    }
  *ret = Value::integer(int64_t(a.size()) - int64_t(b.size()));
  return true;
}
WEFT_PHP_NATIVE(f_strncasecmp) {
  size_t n = size_t(to_int(arg_at(args, argc, 2)));
  *ret = Value::integer(sign(lower(S(arg_at(args, argc, 0)))
                                 .substr(0, n)
                                 .compare(lower(S(arg_at(args, argc, 1))).substr(0, n))));
  return true;
}
static int natcmp(std::string_view a, std::string_view b, bool ci) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) &&
        std::isdigit(static_cast<unsigned char>(b[j]))) {
      size_t i2 = i, j2 = j;
      while (i2 < a.size() && a[i2] == '0') ++i2;
      while (j2 < b.size() && b[j2] == '0') ++j2;
      size_t ie = i2, je = j2;
      while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
      while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
      if (ie - i2 != je - j2) return ie - i2 < je - j2 ? -1 : 1;
      int c = a.substr(i2, ie - i2).compare(b.substr(j2, je - j2));
      if (c) return sign(c);
      i = ie;
      j = je;
      continue;
    }
    int x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[j]);
    if (ci) {
      x = lo(x);
      y = lo(y);
    }
    if (x != y) return x < y ? -1 : 1;
    ++i;
    ++j;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}
int php_natcmp(std::string_view a, std::string_view b, bool ci) { return natcmp(a, b, ci); }
WEFT_PHP_NATIVE(f_strnatcmp) {
  *ret = Value::integer(natcmp(S(arg_at(args, argc, 0)), S(arg_at(args, argc, 1)), false));
  return true;
}
WEFT_PHP_NATIVE(f_strnatcasecmp) {
  *ret = Value::integer(natcmp(S(arg_at(args, argc, 0)), S(arg_at(args, argc, 1)), true));
  return true;
}

WEFT_PHP_NATIVE(f_substr_count) {
  std::string h = S(arg_at(args, argc, 0)), n = S(arg_at(args, argc, 1));
  if (n.empty())
    return vm.throw_error("ValueError", "substr_count(): Argument #2 ($needle) cannot be empty");
  int64_t len = int64_t(h.size());
  int64_t off = argc > 2 ? to_int(args[2]) : 0;
  if (off < 0) off += len;
  if (off < 0 || off > len)
    return vm.throw_error("ValueError",
                          "substr_count(): Argument #3 ($offset) must be contained in argument "
                          "#1 ($haystack)");
  int64_t end = len;
  if (argc > 3 && deref(args[3]).tag != Tag::Null) {
    int64_t l = to_int(args[3]);
    end = l < 0 ? len + l : off + l;
    if (end < off || end > len)
      return vm.throw_error("ValueError",
                            "substr_count(): Argument #4 ($length) must be contained in argument "
                            "#1 ($haystack)");
  }
  h = h.substr(size_t(off), size_t(end - off));
  int64_t c = 0;
  for (size_t p = h.find(n); p != std::string::npos; p = h.find(n, p + n.size())) ++c;
  *ret = Value::integer(c);
  return true;
}

WEFT_PHP_NATIVE(f_chr) {
  int64_t c = to_int(arg_at(args, argc, 0)) % 256;
  if (c < 0) c += 256;
  char byte = char(c);
  *ret = Value::str(intern(std::string_view(&byte, 1)));  // as php's chr(): no new string
  return true;
}
WEFT_PHP_NATIVE(f_ord) {
  if (!check_arity(vm, "ord", argc, 1, 1)) return false;
  String* s;
  if (!str_arg(vm, "ord", args, argc, 0, &s, "character")) return false;
  *ret = Value::integer(s->len ? static_cast<unsigned char>(s->view()[0]) : 0);
  return true;
}

WEFT_PHP_NATIVE(f_nl2br) {
  std::string s = S(arg_at(args, argc, 0)), out;
  bool xhtml = argc < 2 || to_bool(args[1]);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n' || c == '\r') {
      out += xhtml ? "<br />" : "<br>";
      out += c;
      // "\r\n" and "\n\r" are one line break
      if (i + 1 < s.size() && (s[i + 1] == '\n' || s[i + 1] == '\r') && s[i + 1] != c)
        out += s[++i];
      continue;
    }
    out += c;
  }
  *ret = str_value(out);
  return true;
}

WEFT_PHP_NATIVE(f_htmlspecialchars) {
  std::string s = S(arg_at(args, argc, 0)), out;
  int64_t flags = argc > 1 ? to_int(args[1]) : 3 | 8;  // ENT_QUOTES | ENT_SUBSTITUTE
  for (char c : s) {
    if ((c == '"' && !(flags & 2)) || (c == '\'' && (flags & 3) != 3)) {
      out += c;
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#039;";
        break;
      default:
        out += c;
    }
  }
  *ret = str_value(out);
  return true;
}

WEFT_PHP_NATIVE(f_addslashes) {
  std::string s = S(arg_at(args, argc, 0)), out;
  for (char c : s) {
    if (c == '\'' || c == '"' || c == '\\') out += '\\';
    if (c == '\0') {
      out += "\\0";
      continue;
    }
    out += c;
  }
  *ret = str_value(out);
  return true;
}

WEFT_PHP_NATIVE(f_wordwrap) {
  std::string s = S(arg_at(args, argc, 0));
  int64_t width = argc > 1 ? to_int(args[1]) : 75;
  std::string brk = argc > 2 ? S(args[2]) : "\n";
  bool cut = argc > 3 && to_bool(args[3]);
  std::string out, line;
  size_t i = 0;
  std::vector<std::string> words;
  std::string w;
  for (; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      words.push_back(w);
      w.clear();
    } else {
      w += s[i];
    }
  }
  int64_t cur = 0;
  bool first = true;
  for (auto& word : words) {
    std::string wd = word;
    if (!first) {
      if (cur + 1 + int64_t(wd.size()) <= width) {
        out += ' ';
        cur += 1;
      } else {
        out += brk;
        cur = 0;
      }
    }
    while (cut && int64_t(wd.size()) > width && width > 0) {
      if (cur > 0) {
        out += brk;
        cur = 0;
      }
      out += wd.substr(0, size_t(width));
      wd = wd.substr(size_t(width));
      out += brk;
    }
    out += wd;
    cur += int64_t(wd.size());
    first = false;
  }
  *ret = str_value(out);
  return true;
}

// ---- number formatting ----

// php's rounding of a value already scaled to the rounding position: half-way cases by
// `mode` (PHP_ROUND_HALF_UP 1, _DOWN 2, _EVEN 3, _ODD 4). Like php 8.2 it starts from
// floor(v + 0.5) (ceil(v - 0.5) below zero), whose sum is itself rounded: 0.49999999999999994
// rounds to 1 as in php.
static double round_scaled(double v, int mode) {
  if (v >= 0.0) {
    double r = std::floor(v + 0.5);
    bool half = v == r - 0.5;
    if (half && (mode == 2 || (mode == 3 && std::fmod(r, 2.0) != 0) ||
                 (mode == 4 && std::fmod(r, 2.0) == 0)))
      r -= 1.0;
    return r;
  }
  double r = std::ceil(v - 0.5);
  bool half = v == r + 0.5;
  if (half &&
      (mode == 2 || (mode == 3 && std::fmod(r, 2.0) != 0) || (mode == 4 && std::fmod(r, 2.0) == 0)))
    r += 1.0;
  return r;
}

// 10^n as php computes it: exact from a table up to 1e22, pow() beyond.
static double pow10_exact(int n) {
  static const double table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (n < 0 || n > 22) return std::pow(10.0, double(n));
  return table[n];
}

// round() as php 8.2 does it: when the requested position lies within the 15 significant
// digits a double holds, the value is first rounded at its 15th digit (so 1.955 rounds like
// the 1.955 it was written as, not the 1.95499.. it is), then at the requested position; the
// result is the quotient by the power of ten (no reformatting), which is what php returns.
double php_round(double value, int64_t places64, int mode) {
  if (!std::isfinite(value) || value == 0.0) return value;
  int places = int(std::clamp<int64_t>(places64, INT32_MIN + 1, INT32_MAX));
  int digits_left = 14 - int(std::floor(std::log10(std::fabs(value))));
  double scale = pow10_exact(std::abs(places));
  double tmp;
  if (digits_left > places && digits_left - places < 15) {
    double pre =
        digits_left >= 0 ? value * pow10_exact(digits_left) : value / pow10_exact(-digits_left);
    tmp = round_scaled(pre, mode) / pow10_exact(digits_left - places);
  } else {
    tmp = places >= 0 ? value * scale : value / scale;
    if (std::fabs(tmp) >= 1e15) return value;  // beyond a double's precision
  }
  tmp = round_scaled(tmp, mode);
  if (std::abs(places) < 23) return places > 0 ? tmp / scale : tmp * scale;
  // 10^places is not exact: go through the decimal text, as php does
  char buf[64];
  std::snprintf(buf, sizeof buf, "%15fe%d", tmp, -places);
  double r = std::strtod(buf, nullptr);
  return std::isfinite(r) ? r : value;
}

// printf's "%.*f": to_chars prints the same correctly rounded digits several times faster.
static std::string format_fixed(double d, int prec) {
  char buf[512];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed, prec);
  if (ec == std::errc()) return std::string(buf, size_t(end - buf));
  std::snprintf(buf, sizeof buf, "%.*f", prec, d);
  return buf;
}

std::string php_number_format(double d, int64_t dec, std::string_view dp, std::string_view ts) {
  d = php_round(d, dec, 1);
  bool neg = d < 0;
  d = std::fabs(d);
  if (dec < 0) dec = 0;
  std::string s = format_fixed(d, int(dec));
  size_t dot = s.find('.');
  std::string ip = dot == std::string::npos ? s : s.substr(0, dot);
  std::string fp = dot == std::string::npos ? "" : s.substr(dot + 1);
  std::string out;
  int cnt = 0;
  for (size_t i = ip.size(); i-- > 0;) {
    out.insert(out.begin(), ip[i]);
    if (++cnt % 3 == 0 && i > 0) out.insert(0, ts);
  }
  if (dec > 0) {
    out += dp;
    out += fp;
  }
  bool all_zero = out.find_first_not_of("0.,") == std::string::npos;
  if (neg && !all_zero) out = "-" + out;
  return out;
}

WEFT_PHP_NATIVE(f_number_format) {
  if (!check_arity(vm, "number_format", argc, 1, 4)) return false;
  double d = to_double(arg_at(args, argc, 0));
  int64_t dec = argc > 1 ? to_int(args[1]) : 0;
  std::string dp = argc > 2 ? S(args[2]) : ".";
  std::string ts = argc > 3 ? S(args[3]) : ",";
  *ret = str_value(php_number_format(d, dec, dp, ts));
  return true;
}

static std::string exp_format(double d, int prec, char e) {
  // php: mantissa with `prec` decimals, exponent without leading zeros ("1.5e+3")
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", prec, d);
  std::string s = buf;
  size_t p = s.find('e');
  std::string mant = s.substr(0, p);
  int ex = std::atoi(s.c_str() + p + 1);
  return mant + e + (ex < 0 ? "-" : "+") + std::to_string(ex < 0 ? -ex : ex);
}

bool php_sprintf(VM& vm, const char* fn, Value* args, uint32_t argc, std::string* out) {
  std::string f = S(arg_at(args, argc, 0));
  uint32_t next = 1;
  for (size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c != '%') {
      *out += c;
      continue;
    }
    if (++i >= f.size()) break;
    if (f[i] == '%') {
      *out += '%';
      continue;
    }
    // argnum$
    uint32_t argn = 0;
    size_t save = i;
    while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])))
      argn = argn * 10 + uint32_t(f[i++] - '0');
    if (i < f.size() && f[i] == '$' && argn > 0) {
      ++i;
    } else {
      argn = 0;
      i = save;
    }
    bool left = false, plus = false;
    char pad = ' ';
    for (; i < f.size(); ++i) {
      if (f[i] == '-')
        left = true;
      else if (f[i] == '+')
        plus = true;
      else if (f[i] == '0')
        pad = '0';
      else if (f[i] == ' ')
        pad = ' ';
      else if (f[i] == '\'' && i + 1 < f.size())
        pad = f[++i];
      else
        break;
    }
    int width = 0;
    while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])))
      width = width * 10 + (f[i++] - '0');
    int prec = -1;
    if (i < f.size() && f[i] == '.') {
      ++i;
      prec = 0;
      while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])))
        prec = prec * 10 + (f[i++] - '0');
    }
    if (i >= f.size()) break;
    char spec = f[i];
    uint32_t ai = argn ? argn : next++;
    if (ai >= argc) {
      vm.throw_error("ArgumentCountError", std::to_string(argc) + " arguments are required, " +
                                               std::to_string(ai + 1) + " given");
      (void)fn;
      return false;
    }
    const Value& v = arg_at(args, argc, ai);
    std::string s;
    switch (spec) {
      case 'd':
      case 'i': {
        int64_t x = to_int(v);
        s = std::to_string(x);
        if (plus && x >= 0) s = "+" + s;
        break;
      }
      case 'u':
        s = std::to_string(uint64_t(to_int(v)));
        break;
      case 'f':
      case 'F': {
        double x = to_double(v);
        s = format_fixed(x, prec < 0 ? 6 : prec);
        if (plus && x >= 0) s = "+" + s;
        break;
      }
      case 'e':
      case 'E': {
        double x = to_double(v);
        s = exp_format(x, prec < 0 ? 6 : prec, spec);
        if (plus && x >= 0) s = "+" + s;
        break;
      }
      case 'g':
      case 'G': {
        char buf[512];
        std::snprintf(buf, sizeof buf, spec == 'g' ? "%.*g" : "%.*G",
                      prec < 0 ? 6 : (prec == 0 ? 1 : prec), to_double(v));
        s = buf;
        size_t e = s.find_first_of("eE");
        if (e != std::string::npos) {  // php prints the exponent without leading zeros
          size_t d = e + 2;
          while (d + 1 < s.size() && s[d] == '0') s.erase(d, 1);
          if (s[e + 1] == '+') s.erase(e + 1, 1), s.insert(e + 1, "+");
        }
        break;
      }
      case 's': {
        String* str;
        if (!vm.to_string(v, &str)) return false;
        s = std::string(str->view());
        if (prec >= 0 && size_t(prec) < s.size()) s = s.substr(0, size_t(prec));
        break;
      }
      case 'x':
      case 'X':
      case 'o':
      case 'b': {
        uint64_t x = uint64_t(to_int(v));
        int base = spec == 'o' ? 8 : spec == 'b' ? 2 : 16;
        const char* digits = spec == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (x == 0) s = "0";
        while (x) {
          s.insert(s.begin(), digits[x % uint64_t(base)]);
          x /= uint64_t(base);
        }
        break;
      }
      case 'c':
        s = std::string(1, char(to_int(v)));
        break;
      default:
        return vm.throw_error("ValueError",
                              std::string("Unknown format specifier \"") + spec + "\"");
    }
    if (int(s.size()) < width) {
      size_t n = size_t(width) - s.size();
      if (left) {
        s.append(n, pad == '0' ? ' ' : pad);
        if (pad == '0') {
          s = s.substr(0, s.size() - n);
          s.append(n, '0');
        }
      } else if (pad == '0' && !s.empty() && (s[0] == '-' || s[0] == '+') && spec != 's') {
        s.insert(1, n, '0');
      } else {
        s.insert(0, n, pad);
      }
    }
    *out += s;
  }
  return true;
}

WEFT_PHP_NATIVE(f_sprintf) {
  if (!check_arity(vm, "sprintf", argc, 1, 1u << 30)) return false;
  std::string out;
  if (!php_sprintf(vm, "sprintf", args, argc, &out)) return false;
  *ret = str_value(out);
  return true;
}
WEFT_PHP_NATIVE(f_printf) {
  if (!check_arity(vm, "printf", argc, 1, 1u << 30)) return false;
  std::string out;
  if (!php_sprintf(vm, "printf", args, argc, &out)) return false;
  vm.echo(out);
  *ret = Value::integer(int64_t(out.size()));
  return true;
}
bool php_vsprintf(VM& vm, Value* args, uint32_t argc, std::string* out) {
  const Value& a = arg_at(args, argc, 1);
  Value buf[64];
  uint32_t n = 0;
  buf[n++] = arg_at(args, argc, 0);
  if (a.tag == Tag::Arr)
    for (uint32_t i = a.a->first(); i < a.a->used() && n < 64; i = a.a->next(i))
      buf[n++] = a.a->buckets()[i].v;
  return php_sprintf(vm, "vsprintf", buf, n, out);
}
WEFT_PHP_NATIVE(f_vsprintf) {
  std::string out;
  if (!php_vsprintf(vm, args, argc, &out)) return false;
  *ret = str_value(out);
  return true;
}
WEFT_PHP_NATIVE(f_vprintf) {
  std::string out;
  if (!php_vsprintf(vm, args, argc, &out)) return false;
  vm.echo(out);
  *ret = Value::integer(int64_t(out.size()));
  return true;
}

WEFT_PHP_NATIVE(f_strval) {
  String* s;
  if (!vm.to_string(arg_at(args, argc, 0), &s)) return false;
  *ret = Value::str(s);
  return true;
}

WEFT_PHP_NATIVE(f_lcg_str_word_count) {
  std::string s = S(arg_at(args, argc, 0));
  int64_t format = to_int(arg_at(args, argc, 1));
  Array* words = format ? Array::make() : nullptr;
  int64_t n = 0;
  size_t start = 0;
  bool in = false;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    bool w = std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || (c == '-' && in);
    if (w && !in) {
      start = i;
      ++n;
    }
    if (!w && in && words) {
      Value word = str_value(std::string_view(s).substr(start, i - start));
      if (format == 2)
        words->set(Key::integer(int64_t(start)), word);
      else
        words->append(word);
    }
    in = w;
  }
  *ret = words ? Value::arr(words) : Value::integer(n);
  return true;
}

WEFT_PHP_NATIVE(f_crc32) {
  String* s = to_str(arg_at(args, argc, 0));
  boost::crc_32_type crc;  // table-driven CRC-32 (IEEE 802.3), php's crc32()
  crc.process_bytes(s->data(), size_t(s->len));
  *ret = Value::integer(int64_t(crc.checksum()));
  return true;
}

WEFT_PHP_NATIVE(f_levenshtein) {
  std::string a = S(arg_at(args, argc, 0)), b = S(arg_at(args, argc, 1));
  std::vector<int64_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = int64_t(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = int64_t(i);
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  *ret = Value::integer(prev[b.size()]);
  return true;
}

WEFT_PHP_NATIVE(f_similar_text) {
  std::string a = S(arg_at(args, argc, 0)), b = S(arg_at(args, argc, 1));
  std::function<int64_t(std::string_view, std::string_view)> sim =
      [&](std::string_view x, std::string_view y) -> int64_t {
    size_t best = 0, px = 0, py = 0;
    for (size_t i = 0; i < x.size(); ++i)
      for (size_t j = 0; j < y.size(); ++j) {
        size_t k = 0;
        while (i + k < x.size() && j + k < y.size() && x[i + k] == y[j + k]) ++k;
        if (k > best) {
          best = k;
          px = i;
          py = j;
        }
      }
    if (!best) return 0;
    return int64_t(best) + sim(x.substr(0, px), y.substr(0, py)) +
           sim(x.substr(px + best), y.substr(py + best));
  };
  int64_t s = sim(a, b);
  if (argc > 2 && args[2].tag == Tag::Ref)
    args[2].r->v = Value::number(
        a.size() + b.size() ? double(s) * 2.0 * 100.0 / double(a.size() + b.size()) : 0.0);
  *ret = Value::integer(s);
  return true;
}

WEFT_PHP_NATIVE(f_strtr) {
  if (!check_arity(vm, "strtr", argc, 2, 3)) return false;
  std::string src = S(arg_at(args, argc, 0));
  if (argc == 3) {
    std::string from = S(args[1]), to = S(args[2]);
    size_t n = std::min(from.size(), to.size());
    unsigned char map[256];
    for (int i = 0; i < 256; ++i) map[i] = static_cast<unsigned char>(i);
    for (size_t i = 0; i < n; ++i)
      map[static_cast<unsigned char>(from[i])] = static_cast<unsigned char>(to[i]);
    for (auto& c : src) c = char(map[static_cast<unsigned char>(c)]);
    *ret = str_value(src);
    return true;
  }
  const Value& pairs = arg_at(args, argc, 1);
  if (pairs.tag != Tag::Arr)
    return vm.throw_error("TypeError",
                          "strtr(): Argument #2 ($from) must be of type array, string given");
  std::vector<std::pair<std::string, std::string>> reps;
  size_t maxlen = 0;
  for (uint32_t i = pairs.a->first(); i < pairs.a->used(); i = pairs.a->next(i)) {
    Bucket& b = pairs.a->buckets()[i];
    std::string k = b.skey() ? std::string(b.skey()->view()) : std::to_string(b.ikey());
    if (k.empty()) continue;
    reps.emplace_back(k, S(b.v));
    maxlen = std::max(maxlen, k.size());
  }
  std::string out;
  for (size_t pos = 0; pos < src.size();) {
    bool hit = false;
    for (size_t len = std::min(maxlen, src.size() - pos); len > 0 && !hit; --len) {
      for (auto& [k, v] : reps)
        if (k.size() == len && src.compare(pos, len, k) == 0) {
          out += v;
          pos += len;
          hit = true;
          break;
        }
    }
    if (!hit) out += src[pos++];
  }
  *ret = str_value(out);
  return true;
}

void register_string_builtins(VM& vm) {
  vm.register_native("strtr", f_strtr);
  vm.register_native("strlen", f_strlen);
  vm.register_native("str_repeat", f_str_repeat);
  vm.register_native("substr", f_substr);
  vm.register_native("strpos", f_strpos);
  vm.register_native("stripos", f_stripos);
  vm.register_native("strrpos", f_strrpos);
  vm.register_native("strstr", f_strstr);
  vm.register_native("strrchr", f_strrchr);
  vm.register_native("str_contains", f_str_contains);
  vm.register_native("str_starts_with", f_str_starts_with);
  vm.register_native("str_ends_with", f_str_ends_with);
  vm.register_native("str_replace", f_str_replace, 1u << 3);
  vm.register_native("str_ireplace", f_str_ireplace, 1u << 3);
  vm.register_native("implode", f_implode);
  vm.register_native("join", f_implode);
  vm.register_native("explode", f_explode);
  vm.register_native("str_split", f_str_split);
  vm.register_native("strtoupper", f_strtoupper);
  vm.register_native("strtolower", f_strtolower);
  vm.register_native("ucfirst", f_ucfirst);
  vm.register_native("lcfirst", f_lcfirst);
  vm.register_native("ucwords", f_ucwords);
  vm.register_native("trim", f_trim);
  vm.register_native("ltrim", f_ltrim);
  vm.register_native("rtrim", f_rtrim);
  vm.register_native("chop", f_rtrim);
  vm.register_native("str_pad", f_str_pad);
  vm.register_native("strrev", f_strrev);
  vm.register_native("strcmp", f_strcmp);
  vm.register_native("strcasecmp", f_strcasecmp);
  vm.register_native("strncmp", f_strncmp);
  vm.register_native("strncasecmp", f_strncasecmp);
  vm.register_native("strnatcmp", f_strnatcmp);
  vm.register_native("strnatcasecmp", f_strnatcasecmp);
  vm.register_native("substr_count", f_substr_count);
  vm.register_native("chr", f_chr);
  vm.register_native("ord", f_ord);
  vm.register_native("nl2br", f_nl2br);
  vm.register_native("htmlspecialchars", f_htmlspecialchars);
  vm.register_native("addslashes", f_addslashes);
  vm.register_native("wordwrap", f_wordwrap);
  vm.register_native("number_format", f_number_format);
  vm.register_native("sprintf", f_sprintf);
  vm.register_native("printf", f_printf);
  vm.register_native("vsprintf", f_vsprintf);
  vm.register_native("vprintf", f_vprintf);
  vm.register_native("strval", f_strval);
  vm.register_native("str_word_count", f_lcg_str_word_count);
  vm.register_native("crc32", f_crc32);
  vm.register_native("levenshtein", f_levenshtein);
  vm.register_native("similar_text", f_similar_text, 1u << 2);
}

}  // namespace weft::php
