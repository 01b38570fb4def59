// sscanf and fscanf: php's scanf formats (%d %i %u %o %x %X %f %e %E %g %s %c %[set] %n %%,
// widths, * to skip a field) over a string or the next line of a stream.
#include <cctype>
#include <cstdlib>
#include <string>
#include <vector>

#include "builtins.h"
#include "streams.h"

namespace weft::php {

namespace {

struct Scan {
  std::vector<Value> values;  // one per assigning conversion; Undef where input ran out
  int assigned = 0;
  bool eof_first = false;  // the input ended before the first conversion
};

// The conversions of fmt that assign a value.
size_t count_conversions(std::string_view fmt) {
  size_t n = 0;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%' || ++i >= fmt.size()) continue;
    if (fmt[i] == '%') continue;
    bool skip = fmt[i] == '*';
    while (i < fmt.size() &&
           (fmt[i] == '*' || fmt[i] == '$' || std::isdigit((unsigned char)fmt[i])))
      ++i;
    if (i < fmt.size() && fmt[i] == '[') {
      ++i;
      if (i < fmt.size() && fmt[i] == '^') ++i;
      if (i < fmt.size() && fmt[i] == ']') ++i;
      while (i < fmt.size() && fmt[i] != ']') ++i;
    }
    if (!skip) ++n;
  }
  return n;
}

bool in_set(std::string_view set, bool negate, char c) {
  bool found = false;
  for (size_t k = 0; k < set.size(); ++k) {
    if (k + 2 < set.size() && set[k + 1] == '-') {
      if ((unsigned char)c >= (unsigned char)set[k] &&
          (unsigned char)c <= (unsigned char)set[k + 2])
        found = true;
      k += 2;
    } else if (set[k] == c) {
      found = true;
    }
  }
  return found != negate;
}

// Reads digits of `base` (with an optional sign) of at most width characters.
bool scan_int(std::string_view in, size_t* p, size_t width, int base, int64_t* out) {
  size_t start = *p, end = std::min(in.size(), *p + width);
  size_t q = start;
  if (q < end && (in[q] == '-' || in[q] == '+')) ++q;
  if (base == 0) {
    base = 10;
    if (q < end && in[q] == '0') {
      base = 8;
      if (q + 1 < end && (in[q + 1] == 'x' || in[q + 1] == 'X')) {
        base = 16;
        q += 2;
      }
    }
  } else if (base == 16 && q + 1 < end && in[q] == '0' && (in[q + 1] == 'x' || in[q + 1] == 'X')) {
    q += 2;
  }
  size_t digits = q;
  while (q < end) {
    int c = std::tolower((unsigned char)in[q]);
    int v = std::isdigit(c) ? c - '0' : (c >= 'a' && c <= 'z') ? c - 'a' + 10 : 99;
    if (v >= base) break;
    ++q;
  }
  if (q == digits) return false;
  std::string text(in.substr(start, q - start));
  *out = std::strtoll(text.c_str(), nullptr, base);
  *p = q;
  return true;
}

bool scan_float(std::string_view in, size_t* p, size_t width, double* out) {
  size_t end = std::min(in.size(), *p + width), q = *p;
  if (q < end && (in[q] == '-' || in[q] == '+')) ++q;
  size_t mant = q;
  while (q < end && std::isdigit((unsigned char)in[q])) ++q;
  if (q < end && in[q] == '.') ++q;
  while (q < end && std::isdigit((unsigned char)in[q])) ++q;
  if (q == mant || (q == mant + 1 && in[mant] == '.')) return false;
  if (q < end && (in[q] == 'e' || in[q] == 'E')) {
    size_t e = q + 1;
    if (e < end && (in[e] == '-' || in[e] == '+')) ++e;
    if (e < end && std::isdigit((unsigned char)in[e])) {
      q = e;
      while (q < end && std::isdigit((unsigned char)in[q])) ++q;
    }
  }
  *out = std::strtod(std::string(in.substr(*p, q - *p)).c_str(), nullptr);
  *p = q;
  return true;
}

Scan scan(std::string_view in, std::string_view fmt) {
  Scan r;
  r.values.resize(count_conversions(fmt));
  size_t p = 0, slot = 0;
  bool any = false;  // a conversion was attempted with input left
  auto skip_ws = [&] {
    while (p < in.size() && std::isspace((unsigned char)in[p])) ++p;
  };
  for (size_t i = 0; i < fmt.size(); ++i) {
    char f = fmt[i];
    if (std::isspace((unsigned char)f)) {
      skip_ws();
      continue;
    }
    if (f != '%' || i + 1 >= fmt.size() || fmt[i + 1] == '%') {
      if (f == '%') ++i;
      if (p >= in.size()) {
        r.eof_first = !any;
        return r;
      }
      if (in[p] != f) return r;
      ++p;
      continue;
    }
    ++i;
    bool suppress = fmt[i] == '*';
    if (suppress) ++i;
    size_t width = 0;
    while (i < fmt.size() && std::isdigit((unsigned char)fmt[i]))
      width = width * 10 + size_t(fmt[i++] - '0');
    size_t at = slot;  // XPG's %N$: the Nth variable
    if (i < fmt.size() && fmt[i] == '$' && width > 0) {
      at = width - 1;
      width = 0;
      ++i;
      while (i < fmt.size() && std::isdigit((unsigned char)fmt[i]))
        width = width * 10 + size_t(fmt[i++] - '0');
    }
    if (i >= fmt.size()) return r;
    char conv = fmt[i];
    std::string_view set;
    bool negate = false;
    if (conv == '[') {
      size_t s = ++i;
      if (i < fmt.size() && fmt[i] == '^') {
        negate = true;
        s = ++i;
      }
      if (i < fmt.size() && fmt[i] == ']') ++i;
      while (i < fmt.size() && fmt[i] != ']') ++i;
      set = fmt.substr(s, i - s);
    }
    if (conv == 'n') {
      if (!suppress && at < r.values.size()) {
        r.values[at] = Value::integer(int64_t(p));
        slot = at + 1;
      }
      continue;
    }
    if (conv != 'c' && conv != '[') skip_ws();
    if (p >= in.size()) {
      r.eof_first = !any;
      return r;
    }
    any = true;
    size_t w = width ? width : SIZE_MAX / 2;
    Value v;
    switch (conv) {
      case 'd':
      case 'u':
      case 'i':
      case 'o':
      case 'x':
      case 'X': {
        int base = conv == 'i' ? 0 : conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
        int64_t x;
        if (!scan_int(in, &p, w, base, &x)) return r;
        v = Value::integer(x);
        break;
      }
      case 'f':
      case 'e':
      case 'E':
      case 'g': {
        double d;
        if (!scan_float(in, &p, w, &d)) return r;
        v = Value::number(d);
        break;
      }
      case 's': {
        size_t s = p;
        while (p < in.size() && p - s < w && !std::isspace((unsigned char)in[p])) ++p;
        v = Value::str(new_string(in.substr(s, p - s)));
        break;
      }
      case 'c': {
        size_t n = width ? width : 1;
        if (p + n > in.size()) return r;
        v = Value::str(new_string(in.substr(p, n)));
        p += n;
        break;
      }
      case '[': {
        size_t s = p;
        while (p < in.size() && p - s < w && in_set(set, negate, in[p])) ++p;
        if (p == s) return r;
        v = Value::str(new_string(in.substr(s, p - s)));
        break;
      }
      default:
        return r;
    }
    if (!suppress && at < r.values.size()) {
      r.values[at] = v;
      slot = at + 1;
      ++r.assigned;
    }
  }
  return r;
}

// The result php returns: an array of the values (null where missing), or with variables
// to assign, the number assigned (-1 if the input ended first).
bool scan_result(VM& vm, const Scan& s, Value* vars, uint32_t nvars, Value* ret) {
  if (nvars == 0) {
    if (s.eof_first) {
      *ret = Value::null();
      return true;
    }
    Array* a = Array::make();
    for (const Value& v : s.values) a->append(v.is_undef() ? Value::null() : v);
    *ret = Value::arr(a);
    return true;
  }
  if (nvars != s.values.size())
    return vm.throw_error("ValueError", "Variable is not assigned by any conversion specifiers");
  for (uint32_t k = 0; k < nvars; ++k)
    if (!s.values[k].is_undef() && vars[k].tag == Tag::Ref) vars[k].r->v = s.values[k];
  *ret = Value::integer(s.eof_first ? -1 : s.assigned);
  return true;
}

}  // namespace

WEFT_PHP_NATIVE(f_sscanf) {
  if (!check_arity(vm, "sscanf", argc, 2, 1u << 30)) return false;
  STR_ARG(in, "sscanf", 0)
  STR_ARG(fmt, "sscanf", 1)
  return scan_result(vm, scan(in->view(), fmt->view()), args + 2, argc - 2, ret);
}

WEFT_PHP_NATIVE(f_fscanf) {
  if (!check_arity(vm, "fscanf", argc, 2, 1u << 30)) return false;
  Stream* s;
  if (!stream_arg(vm, "fscanf", args, argc, 0, &s)) return false;
  STR_ARG(fmt, "fscanf", 1)
  std::string line;
  if (!s->get_line(&line)) {
    *ret = Value::boolean(false);
    return true;
  }
  return scan_result(vm, scan(line, fmt->view()), args + 2, argc - 2, ret);
}

void register_scanf_builtins(VM& vm) {
  vm.register_native("sscanf", f_sscanf, ~uint64_t(0) << 2);
  vm.register_native("fscanf", f_fscanf, ~uint64_t(0) << 2);
}

}  // namespace weft::php
