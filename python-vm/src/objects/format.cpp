// String formatting: the format-spec mini-language (format(), f-strings, str.format) and
// printf-style % formatting, following CPython's rules for ints, floats and strings.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "vm/runtime.h"

namespace weft::python {

bool int_str_too_long(Value v);  // int.cpp: ValueError past sys.set_int_max_str_digits

bool g_bytes_mod = false;  // str_mod is formatting for bytes_mod

namespace {

struct Spec {
  std::string fill = " ";
  char align = 0;  // < > ^ =
  char sign = '-';
  bool alt = false;
  bool zero = false;
  bool zero_align = false;  // '=' came from the '0' flag, not written (str ignores it)
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
  bool no_neg_0 = false;  // 'z': a negative zero after rounding prints as zero
  std::string type_name;  // for error messages: the formatted value's type
};

// Digits of a width or precision; false past what an int64 holds (CPython: past Py_ssize_t).
bool parse_count(std::string_view s, size_t& i, int64_t& out) {
  out = 0;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
    if (out > (INT64_MAX - 9) / 10) return false;
    out = out * 10 + (s[i++] - '0');
  }
  return true;
}

constexpr const char* kTooManyDigits = "Too many decimal digits in format string";

// nullptr, or the ValueError's message
const char* parse_spec(std::string_view s, Spec& sp) {
  constexpr const char* kInvalid = "Invalid format specifier";
  size_t i = 0;
  bool fill_given = false;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  // fill may be a multi-byte character
  size_t first_len = 1;
  if (!s.empty() && static_cast<unsigned char>(s[0]) >= 0xC0) {
    unsigned char c = static_cast<unsigned char>(s[0]);
    first_len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  }
  if (s.size() > first_len && is_align(s[first_len])) {
    sp.fill = std::string(s.substr(0, first_len));
    fill_given = true;
    sp.align = s[first_len];
    i = first_len + 1;
  } else if (!s.empty() && is_align(s[0])) {
    sp.align = s[0];
    i = 1;
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = s[i++];
  if (i < s.size() && s[i] == 'z') {
    sp.no_neg_0 = true;
    i++;
  }
  if (i < s.size() && s[i] == '#') {
    sp.alt = true;
    i++;
  }
  if (i < s.size() && s[i] == '0') {
    sp.zero = true;
    i++;
  }
  if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) &&
      !parse_count(s, i, sp.width))
    return kTooManyDigits;
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) sp.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    i++;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return kInvalid;
    if (!parse_count(s, i, sp.precision)) return kTooManyDigits;
  }
  if (i < s.size()) sp.type = s[i++];
  if (i != s.size()) return kInvalid;
  if (sp.zero) {  // '0' fills with zeros unless a fill was given, '=' unless aligned
    if (!fill_given) sp.fill = "0";
    if (!sp.align) {
      sp.align = '=';
      sp.zero_align = true;
    }
  }
  return nullptr;
}

int64_t char_len(const std::string& s) {
  int64_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) n++;
  return n;
}

// Pads `body` (with `prefix` = sign and base prefix for numbers) to the spec's width.
std::string pad(const std::string& prefix, const std::string& body, const Spec& sp,
                char def_align) {
  char align = sp.align ? sp.align : def_align;
  int64_t len = char_len(prefix) + char_len(body);
  if (sp.width <= len) return prefix + body;
  int64_t total = sp.width - len;
  std::string fill;
  auto rep = [&](int64_t n) {
    std::string r;
    for (int64_t i = 0; i < n; i++) r += sp.fill;
    return r;
  };
  switch (align) {
    case '<':
      return prefix + body + rep(total);
    case '^':
      return rep(total / 2) + prefix + body + rep(total - total / 2);
    case '=':
      return prefix + rep(total) + body;
    default:
      return rep(total) + prefix + body;
  }
}

std::string group_digits(const std::string& digits, char sep, int every) {
  std::string r;
  int64_t n = static_cast<int64_t>(digits.size());
  for (int64_t i = 0; i < n; i++) {
    if (i > 0 && (n - i) % every == 0) r += sep;
    r += digits[static_cast<size_t>(i)];
  }
  return r;
}

// Zero padding of grouped digits: the zeros are grouped too ('00,001,234'), and the digits
// grow by whole places until they fill `width` (a separator never comes first).
bool zero_padded_grouping(const Spec& sp) {
  return sp.align == '=' && sp.fill == "0" && sp.grouping && sp.width > 0;
}
std::string group_zero_padded(std::string raw, const Spec& sp, int every, int64_t want) {
  std::string r = group_digits(raw, sp.grouping, every);
  while (static_cast<int64_t>(r.size()) < want) {
    raw = "0" + raw;
    r = group_digits(raw, sp.grouping, every);
  }
  return r;
}

std::string apply_grouping_float(const std::string& num, const Spec& sp, int64_t prefix_len) {
  size_t end = 0;
  while (end < num.size() && std::isdigit(static_cast<unsigned char>(num[end]))) end++;
  std::string rest = num.substr(end);
  if (zero_padded_grouping(sp) && std::isdigit(static_cast<unsigned char>(num[0])))
    return group_zero_padded(num.substr(0, end), sp, 3, sp.width - prefix_len - char_len(rest)) +
           rest;
  return group_digits(num.substr(0, end), sp.grouping, 3) + rest;
}

Value format_int(Value v, const Spec& sp) {
  char type = sp.type ? sp.type : 'd';
  if (type == 'c') {
    int64_t c;
    int_to_int64(v, &c);
    std::string s;
    utf8_encode(s, static_cast<uint32_t>(c));
    return new_str(pad("", s, sp, '<'));
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  if (type != 'd' && type != 'n' && base == 10)
    return raise_fmt(rt.ValueError, "Unknown format code '%c' for object of type '%s'", type,
                     sp.type_name.c_str());
  if (base == 10 && int_str_too_long(v)) return Value();
  bool neg = int_sign(v) < 0;
  std::string digits = int_to_string(neg ? int_neg(v) : v, base);
  if (type == 'X')
    for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (sp.grouping) digits = group_digits(digits, sp.grouping, base == 10 ? 3 : 4);
  std::string prefix = neg ? "-" : (sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "");
  if (sp.alt && base != 10)
    prefix += base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : "0x";
  if (zero_padded_grouping(sp)) {
    std::string raw = int_to_string(neg ? int_neg(v) : v, base);
    if (type == 'X')
      for (char& c : raw) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return new_str(prefix + group_zero_padded(raw, sp, base == 10 ? 3 : 4,
                                              sp.width - static_cast<int64_t>(prefix.size())));
  }
  return new_str(pad(prefix, digits, sp, '>'));
}

std::string format_double(double d, char type, int64_t prec, bool alt) {
  if (std::isnan(d)) return (type >= 'A' && type <= 'Z') ? "NAN" : "nan";
  if (std::isinf(d)) return (type >= 'A' && type <= 'Z') ? "INF" : "inf";
  char buf[512];
  char fmt[16];
  if (type == 'r') return float_repr(d);
  std::snprintf(fmt, sizeof fmt, "%%%s.%lld%c", alt ? "#" : "", static_cast<long long>(prec), type);
  std::snprintf(buf, sizeof buf, fmt, d);
  return buf;
}

Value format_float(double d, const Spec& sp) {
  char type = sp.type;
  bool neg = std::signbit(d) && !std::isnan(d);
  double a = std::fabs(d);
  std::string body;
  if (type == 0) {
    if (sp.precision < 0) {
      body = float_repr(a);
    } else {
      int64_t p = sp.precision == 0 ? 1 : sp.precision;
      body = format_double(a, 'g', p, sp.alt);
      if (std::isfinite(a) && body.find('.') == std::string::npos &&
          body.find('e') == std::string::npos)
        body += ".0";
      // CPython uses repr-style exponents (e+16) which %g also produces
    }
  } else if (type == '%') {
    body = format_double(a * 100, 'f', sp.precision < 0 ? 6 : sp.precision, sp.alt) + "%";
  } else if (type == 'f' || type == 'F' || type == 'e' || type == 'E' || type == 'g' ||
             type == 'G' || type == 'n') {
    char t = type == 'n' ? 'g' : type;
    body = format_double(a, t, sp.precision < 0 ? 6 : sp.precision, sp.alt);
  } else {
    return raise_fmt(rt.ValueError, "Unknown format code '%c' for object of type '%s'", type,
                     sp.type_name.c_str());
  }
  if (neg && sp.no_neg_0 && body.find_first_of("123456789") >= body.find_first_of("eE%"))
    neg = false;
  std::string prefix = neg ? "-" : (sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "");
  if (sp.grouping) {
    body = apply_grouping_float(body, sp, char_len(prefix));
    if (zero_padded_grouping(sp)) return new_str(prefix + body);
  }
  return new_str(pad(prefix, body, sp, '>'));
}

}  // namespace

Value float_format(double d, char type, int precision, bool alt) {
  return new_str(format_double(d, type, precision, alt));
}

// CPython's checks of a spec against the kind of value (str, int or float), in its order; the
// message of the first that fails, or empty.
std::string spec_error(const Spec& sp, char kind) {
  char type = sp.type ? sp.type : kind == 's' ? 's' : kind == 'i' ? 'd' : 0;
  if (sp.grouping) {
    bool ok = std::strchr("defgEG%F", type) != nullptr || type == 0 ||
              (sp.grouping == '_' && std::strchr("boxX", type) != nullptr);
    if (!ok) return std::string("Cannot specify '") + sp.grouping + "' with '" + type + "'.";
  }
  if (kind == 's' && type == 's') {
    if (sp.sign != '-')
      return sp.sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier";
    if (sp.no_neg_0) return "Negative zero coercion (z) not allowed in string format specifier";
    if (sp.alt) return "Alternate form (#) not allowed in string format specifier";
  }
  if (kind == 'i' && !std::strchr("eEfFgG%", type)) {
    if (sp.precision >= 0) return "Precision not allowed in integer format specifier";
    if (sp.no_neg_0) return "Negative zero coercion (z) not allowed in integer format specifier";
    if (type == 'c' && sp.sign != '-') return "Sign not allowed with integer format specifier 'c'";
    if (type == 'c' && sp.alt)
      return "Alternate form (#) not allowed with integer format specifier 'c'";
  }
  return "";
}

Value format_with_spec(Value v, std::string_view spec) {
  Spec sp;
  if (const char* error = parse_spec(spec, sp)) return raise(rt.ValueError, error);
  sp.type_name = type_name(v);
  Layout kind_layout = type_of(v)->layout;
  char kind = kind_layout == Layout::Str                                               ? 's'
              : kind_layout == Layout::Float                                           ? 'f'
              : kind_layout == Layout::Int || kind_layout == Layout::Bool || is_int(v) ? 'i'
                                                                                       : 0;
  if (kind) {
    std::string error = spec_error(sp, kind);
    if (!error.empty()) return raise(rt.ValueError, error.c_str());
  }
  if (sp.precision > INT32_MAX) return raise(rt.ValueError, "precision too big");  // a C int
  // the result holds at least `width` characters, the digits at least `precision`
  if (!result_size_ok(sp.width) || !result_size_ok(sp.precision)) return Value();
  Type* t = type_of(v);
  if (t->layout == Layout::Int || t == rt.int_type) {
    if (spec.empty()) return to_str(v);
    char ty = sp.type;
    if (ty == 'e' || ty == 'E' || ty == 'f' || ty == 'F' || ty == 'g' || ty == 'G' || ty == '%') {
      bool of = false;
      double d = int_to_double(v, &of);
      return format_float(d, sp);
    }
    if (ty == 's')
      return raise_fmt(rt.ValueError, "Unknown format code 's' for object of type '%s'",
                       sp.type_name.c_str());
    return format_int(v, sp);
  }
  if (t->layout == Layout::Bool) {
    if (spec.empty()) return new_str(v == Value(rt.True) ? "True" : "False");
    return format_int(Value::small(v == Value(rt.True)), sp);
  }
  if (t->layout == Layout::Float) return format_float(float_val(v), sp);
  if (spec.empty()) return to_str(v);
  if (t->layout == Layout::Str) {
    if (sp.type && sp.type != 's')
      return raise_fmt(rt.ValueError, "Unknown format code '%c' for object of type '%s'", sp.type,
                       sp.type_name.c_str());
    if (sp.align == '=' && !sp.zero_align)
      return raise(rt.ValueError, "'=' alignment not allowed in string format specifier");
    std::string s(v.as<Str>()->view());
    if (sp.precision >= 0 && sp.precision < v.as<Str>()->chars)
      s = s.substr(0, static_cast<size_t>(utf8_index_to_offset(v.as<Str>(), sp.precision)));
    if (sp.zero_align) {
      Spec left = sp;
      left.align = '<';
      return new_str(pad("", s, left, '<'));
    }
    return new_str(pad("", s, sp, '<'));
  }
  // object.__format__: only the empty spec
  return raise_fmt(rt.TypeError, "unsupported format string passed to %s.__format__", type_name(v));
}

// ---- % formatting ----

Value str_mod(Str* fmt, Value args) {
  std::string_view f = fmt->view();
  std::string out;
  Value* items = nullptr;
  int64_t nitems = 0;
  bool is_tuple = args.is_ptr() && args.obj()->type == rt.tuple_type;
  bool is_map =
      args.is_ptr() && (args.obj()->type == rt.dict_type ||
                        (!args.obj()->type->builtin && lookup(args.obj()->type, rt.s___getitem__)));
  if (is_tuple) {
    items = reinterpret_cast<Value*>(args.as<Tuple>()->items());
    nitems = args.as<Tuple>()->size;
  } else {
    items = &args;
    nitems = 1;
  }
  int64_t next = 0;
  bool used_map = false;
  for (size_t i = 0; i < f.size(); i++) {
    char c = f[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= f.size()) return raise(rt.ValueError, "incomplete format");
    Value key;
    if (f[i] == '(') {
      size_t close = f.find(')', i);
      if (close == std::string_view::npos) return raise(rt.ValueError, "incomplete format key");
      key = new_str(f.substr(i + 1, close - i - 1));
      i = close + 1;
      used_map = true;
    }
    Spec sp;
    sp.align = '>';
    bool left = false, zero = false;
    for (; i < f.size(); i++) {
      if (f[i] == '-')
        left = true;
      else if (f[i] == '+')
        sp.sign = '+';
      else if (f[i] == ' ')
        sp.sign = sp.sign == '+' ? '+' : ' ';
      else if (f[i] == '#')
        sp.alt = true;
      else if (f[i] == '0')
        zero = true;
      else
        break;
    }
    auto take = [&]() -> Value {
      if (key) return getitem(args, key);
      if (next >= nitems) return raise(rt.TypeError, "not enough arguments for format string");
      return items[next++];
    };
    if (i < f.size() && f[i] == '*') {
      Value w = take();
      if (!w || !int_index(w, &sp.width)) return Value();
      i++;
    } else {
      if (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i])) &&
          !parse_count(f, i, sp.width))
        return raise(rt.ValueError, "width too big");
    }
    if (i < f.size() && f[i] == '.') {
      i++;
      sp.precision = 0;
      if (i < f.size() && f[i] == '*') {
        Value p = take();
        if (!p || !int_index(p, &sp.precision)) return Value();
        i++;
      } else if (!parse_count(f, i, sp.precision)) {
        return raise(rt.ValueError, "precision too big");
      }
    }
    if (sp.precision > INT32_MAX) return raise(rt.ValueError, "precision too big");
    if (!result_size_ok(sp.width) || !result_size_ok(sp.precision)) return Value();
    while (i < f.size() && (f[i] == 'l' || f[i] == 'h' || f[i] == 'L')) i++;
    if (i >= f.size()) return raise(rt.ValueError, "incomplete format");
    char t = f[i];
    if (t == '%') {
      out += '%';
      continue;
    }
    if (left)
      sp.align = '<';
    else if (zero && t != 's' && t != 'r' && t != 'a' && t != 'c') {
      sp.fill = "0";
      sp.align = '=';
    }
    Value v = take();
    if (!v) return v;
    Value piece;
    switch (t) {
      case 's':
      case 'r':
      case 'a': {
        if (g_bytes_mod && (t == 's' || t == 'b') && v.is_ptr() &&
            v.obj()->type->layout == Layout::Bytes) {  // b"%s" % b"x" inserts the bytes
          std::string raw(v.as<Str>()->view());
          if (sp.precision >= 0 && sp.precision < static_cast<int64_t>(raw.size()))
            raw.resize(static_cast<size_t>(sp.precision));
          piece = new_str(pad("", raw, sp, '>'));
          break;
        }
        Value s = t == 's' ? to_str(v) : t == 'r' ? repr(v) : ascii_of(v);
        if (!s) return s;
        std::string str(s.as<Str>()->view());
        if (sp.precision >= 0 && sp.precision < s.as<Str>()->chars)
          str = str.substr(0, static_cast<size_t>(utf8_index_to_offset(s.as<Str>(), sp.precision)));
        piece = new_str(pad("", str, sp, '>'));
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        Value iv = v;
        if (v.is_ptr() && v.obj()->type == rt.float_type)
          iv = int_from_double(float_val(v));
        else if (v.is_ptr() && v.obj()->type == rt.bool_type)
          iv = Value::small(v == Value(rt.True));
        else if (!is_int(v)) {
          if (t == 'd' || t == 'i' || t == 'u')
            return raise_fmt(rt.TypeError, "%%%c format: a real number is required, not %s", t,
                             type_name(v));
          return raise_fmt(rt.TypeError, "%%%c format: an integer is required, not %s", t,
                           type_name(v));
        }
        if (!iv) return iv;
        sp.type = (t == 'i' || t == 'u') ? 'd' : t;
        if (sp.precision >= 0) {
          if (t != 'x' && t != 'X' && t != 'o' && int_str_too_long(iv)) return Value();
          bool neg = int_sign(iv) < 0;
          std::string digits = int_to_string(neg ? int_neg(iv) : iv, t == 'x' || t == 'X' ? 16
                                                                     : t == 'o'           ? 8
                                                                                          : 10);
          while (static_cast<int64_t>(digits.size()) < sp.precision) digits = "0" + digits;
          std::string prefix = neg ? "-" : (sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "");
          piece = new_str(pad(prefix, digits, sp, '>'));
        } else {
          piece = format_int(iv, sp);
        }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (!to_double(v, &d)) {
          if (rt.exc) return Value();
          return raise_fmt(rt.TypeError, "must be real number, not %s", type_name(v));
        }
        sp.type = t;
        if (sp.precision < 0) sp.precision = 6;
        piece = format_float(d, sp);
        break;
      }
      case 'c': {
        std::string s;
        if (is_int(v)) {
          int64_t cp;
          int_to_int64(v, &cp);
          utf8_encode(s, static_cast<uint32_t>(cp));
        } else if (v.is_ptr() && v.obj()->type == rt.str_type) {
          s = std::string(v.as<Str>()->view());
        }
        piece = new_str(pad("", s, sp, '>'));
        break;
      }
      default:
        return raise_fmt(rt.ValueError, "unsupported format character '%c' (0x%x) at index %zu", t,
                         static_cast<unsigned>(t), i);
    }
    if (!piece) return piece;
    out += piece.as<Str>()->view();
  }
  if (!used_map && !is_map && next < nitems)
    return raise(rt.TypeError, "not all arguments converted during string formatting");
  return new_str(out);
}

Value bytes_mod(Str* fmt, Value args) {
  g_bytes_mod = true;
  Value s = str_mod(fmt, args);
  g_bytes_mod = false;
  if (!s) return s;
  return new_bytes(s.as<Str>()->view());
}

// ---- str.format ----

namespace {

// str.format, and str.format_map when `mapping` is set: named fields are then looked up with
// mapping[name] (so a dict subclass's __missing__ applies) and positional ones are an error.
// `numbering` is shared with nested fields: 0 until a positional field, then 'a' (automatic,
// "{}") or 'm' (manual, "{0}"), which cannot be mixed.
Value format_fields(Str* fmt, Value* args, int64_t nargs, Tuple* kwnames, Value mapping,
                    char* numbering) {
  std::string_view f = fmt->view();
  std::string out;
  int64_t auto_idx = 0;
  auto number = [numbering](char kind) {
    if (*numbering && *numbering != kind) {
      raise(rt.ValueError, kind == 'a' ? "cannot switch from manual field specification to "
                                         "automatic field numbering"
                                       : "cannot switch from automatic field numbering to "
                                         "manual field specification");
      return false;
    }
    *numbering = kind;
    return true;
  };
  for (size_t i = 0; i < f.size(); i++) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}')
        i++;
      else
        return raise(rt.ValueError, "Single '}' encountered in format string");
      out += '}';
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      i++;
      continue;
    }
    // find the matching '}'
    size_t j = i + 1;
    int depth = 1;
    for (; j < f.size(); j++) {
      if (f[j] == '{')
        depth++;
      else if (f[j] == '}' && --depth == 0)
        break;
    }
    if (j >= f.size()) {  // CPython's messages for the ways a field can be left open
      std::string_view open = f.substr(i + 1);
      if (open.empty()) return raise(rt.ValueError, "Single '{' encountered in format string");
      if (open.back() == '!')
        return raise(rt.ValueError, "end of string while looking for conversion specifier");
      if (open.find_first_of(":!") != std::string_view::npos)
        return raise(rt.ValueError, "unmatched '{' in format spec");
      return raise(rt.ValueError, "expected '}' before end of string");
    }
    std::string_view field = f.substr(i + 1, j - i - 1);
    i = j;
    std::string_view name = field, spec;
    char conv = 0;
    size_t colon = std::string_view::npos;
    int d2 = 0;
    for (size_t k = 0; k < field.size(); k++) {
      if (field[k] == '[') d2++;
      if (field[k] == ']') d2--;
      if (d2 == 0 && (field[k] == ':' || field[k] == '!')) {
        colon = k;
        break;
      }
    }
    if (colon != std::string_view::npos) {
      name = field.substr(0, colon);
      std::string_view rest = field.substr(colon);
      if (rest[0] == '!') {
        if (rest.size() < 2) return raise(rt.ValueError, "unmatched '{' in format spec");
        conv = rest[1];
        rest = rest.substr(2);
        if (conv != 'r' && conv != 's' && conv != 'a')
          return raise_fmt(rt.ValueError, "Unknown conversion specifier %c", conv);
        if (!rest.empty() && rest[0] != ':')
          return raise(rt.ValueError, "expected ':' after conversion specifier");
      }
      if (!rest.empty() && rest[0] == ':') spec = rest.substr(1);
    }
    // base name and attribute/index chain
    size_t end = 0;
    while (end < name.size() && name[end] != '.' && name[end] != '[') end++;
    std::string_view base = name.substr(0, end);
    Value v;
    if (mapping && (base.empty() || std::isdigit(static_cast<unsigned char>(base[0]))))
      return raise(rt.ValueError, "Format string contains positional fields");
    if (mapping) {
      v = getitem(mapping, new_str(base));
      if (!v) return v;
    } else if (base.empty()) {
      if (!number('a')) return Value();
      if (auto_idx >= nargs)
        return raise_fmt(rt.IndexError,
                         "Replacement index %lld out of range for positional args tuple",
                         static_cast<long long>(auto_idx));
      v = args[auto_idx++];
    } else if (std::isdigit(static_cast<unsigned char>(base[0]))) {
      if (!number('m')) return Value();
      int64_t idx = std::atoll(std::string(base).c_str());
      if (idx >= nargs)
        return raise_fmt(rt.IndexError,
                         "Replacement index %lld out of range for positional args tuple",
                         static_cast<long long>(idx));
      v = args[idx];
    } else {
      int64_t nkw = kwnames ? kwnames->size : 0;
      for (int64_t k = 0; k < nkw; k++)
        if (kwnames->at(k).as<Str>()->view() == base) v = args[nargs + k];
      if (!v) {
        Value key = new_str(base);
        return raise_value(make_exception(rt.KeyError, &key, 1));
      }
    }
    size_t p = end;
    while (p < name.size()) {
      if (name[p] == '.') {
        size_t q = p + 1;
        while (q < name.size() && name[q] != '.' && name[q] != '[') q++;
        v = getattr(v, intern(name.substr(p + 1, q - p - 1)));
        if (!v) return v;
        p = q;
      } else {
        size_t q = name.find(']', p);
        std::string_view k = name.substr(p + 1, q - p - 1);
        Value key = std::isdigit(static_cast<unsigned char>(k[0]))
                        ? new_int(std::atoll(std::string(k).c_str()))
                        : new_str(k);
        v = getitem(v, key);
        if (!v) return v;
        p = q + 1;
      }
    }
    if (conv == 'r')
      v = repr(v);
    else if (conv == 's')
      v = to_str(v);
    else if (conv == 'a')
      v = ascii_of(v);
    if (!v) return v;
    // nested replacement fields inside the spec
    std::string spec_s(spec);
    if (spec_s.find('{') != std::string::npos) {
      Str* inner = new_str(spec_s).as<Str>();
      Value r =
          format_fields(inner, args + auto_idx, nargs - auto_idx, kwnames, mapping, numbering);
      if (!r) return r;
      for (size_t k = spec_s.find("{}"); k != std::string::npos; k = spec_s.find("{}", k + 2))
        auto_idx++;
      spec_s = std::string(r.as<Str>()->view());
    }
    Value s = format_value(v, new_str(spec_s).as<Str>());
    if (!s) return s;
    out += s.as<Str>()->view();
  }
  return new_str(out);
}

}  // namespace

Value str_format_method(Str* fmt, Value* args, int64_t nargs, Tuple* kwnames) {
  char numbering = 0;
  return format_fields(fmt, args, nargs, kwnames, Value(), &numbering);
}

Value str_format_map(Str* fmt, Value mapping) {
  char numbering = 0;
  return format_fields(fmt, nullptr, 0, nullptr, mapping, &numbering);
}

}  // namespace weft::python
