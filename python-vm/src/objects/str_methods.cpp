// Methods of str and bytes (join, split, strip, replace, find, case changes, predicates ...),
// and the str()/bytes() constructors.

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "objects/unicode_db.h"
#include "vm/runtime.h"

namespace weft::python {

Value str_format_map(Str* fmt, Value mapping);  // format.cpp
void bytes_add_methods(Type* t);                // bytes_methods.cpp
void add_case_methods(Type* t);                 // str_case.cpp

namespace {

// bytes or a subclass of it (whose methods return plain bytes, as CPython's)
bool is_bytes_v(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Bytes; }
bool is_str_v(Value v) { return v.is_ptr() && v.obj()->type->layout == Layout::Str; }

Value make_like(Value self, std::string_view s) {
  return is_bytes_v(self) ? new_bytes(s) : new_str(s);
}

// A method's result equal to its receiver: the receiver itself only if it is an exact str or
// bytes, since methods of subclasses return the base type.
Value unchanged(Value self) {
  Type* t = self.obj()->type;
  if (t == rt.str_type || t == rt.bytes_type) return self;
  return make_like(self, self.as<Str>()->view());
}

// Argument that must be a str (or bytes for bytes methods).
bool str_arg(Value self, Value v, const char* fname, std::string_view* out) {
  bool want_bytes = is_bytes_v(self);
  if (want_bytes ? !is_bytes_v(v) : !is_str_v(v)) {
    if (want_bytes)
      raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    else
      raise_fmt(rt.TypeError, "%s arg must be None or str", fname);
    return false;
  }
  *out = v.as<Str>()->view();
  return true;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// A str's code points with their byte offsets (offsets has one more entry: the end), for the
// methods that work per character on non-ASCII text.
void code_points(std::string_view s, std::vector<uint32_t>& cps, std::vector<size_t>& offsets) {
  for (size_t i = 0; i < s.size();) {
    int64_t n = 1;
    offsets.push_back(i);
    cps.push_back(utf8_decode_at(s.data() + i, &n));
    i += static_cast<size_t>(n);
  }
  offsets.push_back(s.size());
}

// str's white space (str.isspace, split(), strip()): also \x1c-\x1f and Unicode's
bool is_str_space(uint32_t c) {
  return c < 0x80 ? is_space(static_cast<char>(c)) || (c >= 0x1C && c <= 0x1F)
                  : unicode::is_space(c);
}

Value s_join(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("join", kw)) return Value();
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "join() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  Value* items;
  int64_t n;
  Value keep = as_sequence(args[0], &items, &n);
  if (!keep) return Value();
  std::string_view sep = self.as<Str>()->view();
  std::string r;
  bool bytes = is_bytes_v(self);
  for (int64_t i = 0; i < n; i++) {
    Value x = items[i];
    if (bytes ? !is_bytes_v(x) : !is_str_v(x))
      return raise_fmt(rt.TypeError, "sequence item %lld: expected %s instance, %s found",
                       static_cast<long long>(i), bytes ? "a bytes-like object" : "str",
                       type_name(x));
    if (i) r += sep;
    r += x.as<Str>()->view();
  }
  return make_like(self, r);
}

Value split_impl(Value self, Value* args, int64_t nargs, Tuple* kw, bool right) {
  Value a[2];
  if (!parse_args(right ? "rsplit" : "split", args, nargs, kw, 0, {"sep", "maxsplit"}, a))
    return Value();
  int64_t maxsplit = -1;
  if (a[1] && !int_index(a[1], &maxsplit)) return Value();
  std::string_view s = self.as<Str>()->view();
  List* out = new_list(0);
  if (!out) return Value();
  std::vector<std::string_view> parts;
  if ((!a[0] || a[0] == Value(rt.None)) && !is_bytes_v(self) &&
      (!self.as<Str>()->ascii || s.find_first_of("\x1c\x1d\x1e\x1f") != s.npos)) {
    // per code point, with str's white space
    std::vector<uint32_t> cps;
    std::vector<size_t> off;
    code_points(s, cps, off);
    int64_t n = static_cast<int64_t>(cps.size());
    auto piece = [&](int64_t from, int64_t to) { return s.substr(off[from], off[to] - off[from]); };
    if (!right) {
      int64_t i = 0;
      while (true) {
        while (i < n && is_str_space(cps[i])) i++;
        if (i >= n) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(piece(i, n));
          break;
        }
        int64_t j = i;
        while (j < n && !is_str_space(cps[j])) j++;
        parts.push_back(piece(i, j));
        i = j;
      }
    } else {
      int64_t i = n;
      while (true) {
        while (i > 0 && is_str_space(cps[i - 1])) i--;
        if (i <= 0) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(piece(0, i));
          break;
        }
        int64_t j = i;
        while (j > 0 && !is_str_space(cps[j - 1])) j--;
        parts.push_back(piece(j, i));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else if (!a[0] || a[0] == Value(rt.None)) {
    if (!right) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && is_space(s[i])) i++;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(i));  // the rest keeps its trailing whitespace
          break;
        }
        size_t j = i;
        while (j < s.size() && !is_space(s[j])) j++;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      int64_t i = static_cast<int64_t>(s.size());
      while (true) {
        while (i > 0 && is_space(s[i - 1])) i--;
        if (i <= 0) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, i));  // the rest keeps its leading whitespace
          break;
        }
        int64_t j = i;
        while (j > 0 && !is_space(s[j - 1])) j--;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sep;
    if (!str_arg(self, a[0], "split", &sep)) return Value();
    if (sep.empty()) return raise(rt.ValueError, "empty separator");
    if (!right) {
      size_t i = 0;
      while (true) {
        size_t j = s.find(sep, i);
        if (j == std::string_view::npos ||
            (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(i));
          break;
        }
        parts.push_back(s.substr(i, j - i));
        i = j + sep.size();
      }
    } else {
      size_t end = s.size();
      while (true) {
        size_t j = end >= sep.size() ? s.rfind(sep, end - sep.size()) : std::string_view::npos;
        if (j == std::string_view::npos ||
            (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(0, end));
          break;
        }
        parts.push_back(s.substr(j + sep.size(), end - j - sep.size()));
        end = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  for (auto p : parts) {
    Value v = make_like(self, p);
    if (!v || !list_append(out, v)) return Value();
  }
  return out;
}

Value s_split(Value self, Value* args, int64_t nargs, Tuple* kw) {
  return split_impl(self, args, nargs, kw, false);
}
Value s_rsplit(Value self, Value* args, int64_t nargs, Tuple* kw) {
  return split_impl(self, args, nargs, kw, true);
}

Value strip_impl(Value self, Value* args, int64_t nargs, int which) {
  std::string_view s = self.as<Str>()->view();
  std::string_view chars;
  bool ws = true;
  if (nargs > 0 && args[0] != Value(rt.None)) {
    if (!str_arg(self, args[0], "strip", &chars)) return Value();
    ws = false;
  }
  bool is_bytes = is_bytes_v(self);
  if (!is_bytes &&
      (!self.as<Str>()->ascii || (ws && s.find_first_of("\x1c\x1d\x1e\x1f") != s.npos) ||
       (!ws && !args[0].as<Str>()->ascii))) {
    // per code point: non-ASCII text or characters, str's white space
    std::vector<uint32_t> cps, set;
    std::vector<size_t> off, unused;
    code_points(s, cps, off);
    if (!ws) code_points(chars, set, unused);
    auto strip_cp = [&](uint32_t c) {
      return ws ? is_str_space(c) : std::find(set.begin(), set.end(), c) != set.end();
    };
    size_t b = 0, e = cps.size();
    if (which != 2)
      while (b < e && strip_cp(cps[b])) b++;
    if (which != 1)
      while (e > b && strip_cp(cps[e - 1])) e--;
    if (b == 0 && e == cps.size()) return unchanged(self);
    return make_like(self, s.substr(off[b], off[e] - off[b]));
  }
  auto strip_char = [&](char c) {
    return ws ? is_space(c) : chars.find(c) != std::string_view::npos;
  };
  size_t b = 0, e = s.size();
  if (which != 2)
    while (b < e && strip_char(s[b])) b++;
  if (which != 1)
    while (e > b && strip_char(s[e - 1])) e--;
  if (b == 0 && e == s.size()) return unchanged(self);
  return make_like(self, s.substr(b, e - b));
}
Value s_strip(Value self, Value* args, int64_t nargs, Tuple*) {
  return strip_impl(self, args, nargs, 0);
}
Value s_lstrip(Value self, Value* args, int64_t nargs, Tuple*) {
  return strip_impl(self, args, nargs, 1);
}
Value s_rstrip(Value self, Value* args, int64_t nargs, Tuple*) {
  return strip_impl(self, args, nargs, 2);
}

Value s_replace(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 2)
    return raise_fmt(rt.TypeError, "replace expected at least 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  std::string_view olds, news;
  if (!str_arg(self, args[0], "replace", &olds) || !str_arg(self, args[1], "replace", &news))
    return Value();
  int64_t count = -1;
  if (nargs > 2 && !int_index(args[2], &count)) return Value();
  std::string_view s = self.as<Str>()->view();
  std::string r;
  if (olds.empty()) {
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); i++) {
      if (count < 0 || n < count) {
        r += news;
        n++;
      }
      if (i < s.size()) r += s[i];
    }
    return make_like(self, r);
  }
  size_t i = 0;
  int64_t n = 0;
  while (true) {
    size_t j = s.find(olds, i);
    if (j == std::string_view::npos || (count >= 0 && n >= count)) {
      r += s.substr(i);
      break;
    }
    r += s.substr(i, j - i);
    r += news;
    i = j + olds.size();
    n++;
  }
  return make_like(self, r);
}

// Resolves optional start/end (in characters) to byte offsets for ASCII strings; non-ASCII
// strings convert through code points.
bool range_args(Str* s, Value* args, int64_t nargs, int first, int64_t* b, int64_t* e) {
  int64_t len = s->type == rt.bytes_type ? s->size : s->chars;
  int64_t start = 0, end = len;
  if (nargs > first && args[first] != Value(rt.None) && !int_index(args[first], &start))
    return false;
  if (nargs > first + 1 && args[first + 1] != Value(rt.None) && !int_index(args[first + 1], &end))
    return false;
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (end < 0) end = std::max<int64_t>(0, end + len);
  if (end > len) end = len;
  *b = start;
  *e = end;
  return true;
}

int64_t byte_to_char(Str* s, int64_t off) {
  if (s->ascii || s->type == rt.bytes_type) return off;
  int64_t n = 0;
  for (int64_t i = 0; i < off; i++)
    if ((static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80) n++;
  return n;
}

Value find_impl(Value self, Value* args, int64_t nargs, bool right, bool raise_missing) {
  if (nargs < 1) return raise(rt.TypeError, "find() takes at least 1 argument (0 given)");
  Str* s = self.as<Str>();
  std::string_view sub;
  if (is_bytes_v(self) && is_int(args[0])) {
    int64_t c;
    int_to_int64(args[0], &c);
    static thread_local char ch;
    ch = static_cast<char>(c);
    sub = std::string_view(&ch, 1);
  } else if (!str_arg(self, args[0], "find", &sub)) {
    if (!is_bytes_v(self)) {
      clear_exc();
      return raise_fmt(rt.TypeError, "must be str, not %s", type_name(args[0]));
    }
    return Value();
  }
  int64_t b, e;
  if (!range_args(s, args, nargs, 1, &b, &e)) return Value();
  int64_t bo = utf8_index_to_offset(s, b), eo = utf8_index_to_offset(s, e);
  int64_t r = -1;
  if (bo <= eo) {
    std::string_view hay = s->view().substr(static_cast<size_t>(bo), static_cast<size_t>(eo - bo));
    size_t p = right ? hay.rfind(sub) : hay.find(sub);
    if (p != std::string_view::npos) r = byte_to_char(s, bo + static_cast<int64_t>(p));
  }
  if (r < 0 && raise_missing) return raise(rt.ValueError, "substring not found");
  return Value::small(r);
}
Value s_find(Value self, Value* a, int64_t n, Tuple*) {
  return find_impl(self, a, n, false, false);
}
Value s_rfind(Value self, Value* a, int64_t n, Tuple*) {
  return find_impl(self, a, n, true, false);
}
Value s_index(Value self, Value* a, int64_t n, Tuple*) {
  return find_impl(self, a, n, false, true);
}
Value s_rindex(Value self, Value* a, int64_t n, Tuple*) {
  return find_impl(self, a, n, true, true);
}

Value s_count(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1) return raise(rt.TypeError, "count() takes at least 1 argument (0 given)");
  Str* s = self.as<Str>();
  std::string_view sub;
  if (!str_arg(self, args[0], "count", &sub)) return Value();
  int64_t b, e;
  if (!range_args(s, args, nargs, 1, &b, &e)) return Value();
  int64_t bo = utf8_index_to_offset(s, b), eo = utf8_index_to_offset(s, e);
  if (bo > eo) return Value::small(0);
  std::string_view hay = s->view().substr(static_cast<size_t>(bo), static_cast<size_t>(eo - bo));
  if (sub.empty()) return Value::small(byte_to_char(s, static_cast<int64_t>(hay.size())) + 1);
  int64_t n = 0;
  for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size()))
    n++;
  return Value::small(n);
}

Value startsends(Value self, Value* args, int64_t nargs, bool ends) {
  if (nargs < 1) return raise(rt.TypeError, "startswith() takes at least 1 argument (0 given)");
  Str* s = self.as<Str>();
  int64_t b, e;
  if (!range_args(s, args, nargs, 1, &b, &e)) return Value();
  int64_t bo = utf8_index_to_offset(s, b), eo = utf8_index_to_offset(s, e);
  std::string_view hay =
      bo <= eo ? s->view().substr(static_cast<size_t>(bo), static_cast<size_t>(eo - bo))
               : std::string_view();
  auto test = [&](Value p, bool* ok) -> bool {
    std::string_view x;
    if (!str_arg(self, p, ends ? "endswith" : "startswith", &x)) {
      clear_exc();
      raise_fmt(rt.TypeError, "%s first arg must be %s or a tuple of %s, not %s",
                ends ? "endswith" : "startswith", is_bytes_v(self) ? "bytes" : "str",
                is_bytes_v(self) ? "bytes" : "str", type_name(p));
      return false;
    }
    if (bo > eo) {
      *ok = false;
      return true;
    }
    *ok = x.size() <= hay.size() &&
          (ends ? hay.substr(hay.size() - x.size()) == x : hay.substr(0, x.size()) == x);
    return true;
  };
  if (args[0].is_ptr() && args[0].obj()->type == rt.tuple_type) {
    Tuple* t = args[0].as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      bool ok;
      if (!test(t->at(i), &ok)) return Value();
      if (ok) return rt.True;
    }
    return rt.False;
  }
  bool ok;
  if (!test(args[0], &ok)) return Value();
  return ok ? rt.True : rt.False;
}
Value s_startswith(Value self, Value* a, int64_t n, Tuple*) {
  return startsends(self, a, n, false);
}
Value s_endswith(Value self, Value* a, int64_t n, Tuple*) { return startsends(self, a, n, true); }

// isdigit of ASCII (kind 0), isspace (3), isascii (6); the letter and case predicates are in
// str_case.cpp
template <int kind>
Value s_pred(Value self, Value*, int64_t, Tuple*) {
  std::string_view s = self.as<Str>()->view();
  if (s.empty()) return rt.False;
  if (kind == 3 && self.obj()->type->layout == Layout::Str) {  // str's white space
    for (uint32_t c : str_codepoints(self.as<Str>()))
      if (!is_str_space(c)) return rt.False;
    return rt.True;
  }
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool ok = kind == 0 ? std::isdigit(c) != 0 : kind == 3 ? is_space(ch) : c < 0x80;
    if (!ok) return rt.False;
  }
  return rt.True;
}

// ASCII control characters and DEL are the non-printable ones below U+00A0; above, the
// Unicode categories are not tracked (everything counts as printable except U+0080-U+00A0).
Value s_isprintable(Value self, Value*, int64_t, Tuple*) {
  std::string_view s = self.as<Str>()->view();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c < 0x20 || c == 0x7F) return rt.False;
      i++;
      continue;
    }
    int64_t n = 1;
    if (!unicode::printable(utf8_decode_at(s.data() + i, &n))) return rt.False;
    i += static_cast<size_t>(n);
  }
  return rt.True;
}

// isdecimal (kind 0), isdigit (1), isnumeric (2) of a str with non-ASCII characters
template <int kind>
Value s_numeric_pred(Value self, Value*, int64_t, Tuple*) {
  Str* s = self.as<Str>();
  if (s->size == 0) return rt.False;
  for (uint32_t c : str_codepoints(s)) {
    double v;
    bool ok = kind == 0   ? unicode::decimal(c) >= 0
              : kind == 1 ? unicode::digit(c) >= 0
                          : unicode::numeric(c, &v);
    if (!ok) return rt.False;
  }
  return rt.True;
}

template <int kind>
Value s_numeric(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (self.as<Str>()->ascii) return s_pred<0>(self, args, nargs, kw);
  return s_numeric_pred<kind>(self, args, nargs, kw);
}

Value pad_impl(Value self, Value* args, int64_t nargs, int align) {
  if (nargs < 1) return raise(rt.TypeError, "expected at least 1 argument");
  int64_t width;
  if (!int_index(args[0], &width)) return Value();
  std::string fill = " ";
  if (nargs > 1) {
    bool bytes = is_bytes_v(self);
    if (bytes ? !is_bytes_v(args[1]) || args[1].as<Str>()->size != 1
              : !is_str_v(args[1]) || args[1].as<Str>()->chars != 1)
      return bytes ? raise_fmt(rt.TypeError, "argument 2 must be a byte string of length 1, not %s",
                               type_name(args[1]))
                   : raise(rt.TypeError, "The fill character must be exactly one character long");
    fill = std::string(args[1].as<Str>()->view());
  }
  Str* s = self.as<Str>();
  int64_t len = s->chars;
  if (width <= len) return unchanged(self);
  if (!result_size_ok(width) || !result_size_ok(width * static_cast<int64_t>(fill.size())))
    return Value();
  int64_t total = width - len, left = 0;
  if (align == 0)
    left = 0;
  else if (align == 1)
    left = total;
  else
    left = total / 2 + (total & width & 1);
  std::string r;
  for (int64_t i = 0; i < left; i++) r += fill;
  r += s->view();
  for (int64_t i = 0; i < total - left; i++) r += fill;
  return make_like(self, r);
}
Value s_ljust(Value self, Value* a, int64_t n, Tuple*) { return pad_impl(self, a, n, 0); }
Value s_rjust(Value self, Value* a, int64_t n, Tuple*) { return pad_impl(self, a, n, 1); }
Value s_center(Value self, Value* a, int64_t n, Tuple*) { return pad_impl(self, a, n, 2); }

Value s_zfill(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "zfill() takes exactly one argument");
  int64_t width;
  if (!int_index(args[0], &width)) return Value();
  std::string s(self.as<Str>()->view());
  int64_t len = self.as<Str>()->chars;
  if (width <= len) return unchanged(self);
  if (!result_size_ok(width)) return Value();
  size_t at = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  s.insert(at, std::string(static_cast<size_t>(width - len), '0'));
  return make_like(self, s);
}

Value partition_impl(Value self, Value* args, int64_t nargs, bool right) {
  if (nargs != 1) return raise(rt.TypeError, "partition() takes exactly one argument");
  std::string_view sep;
  if (!str_arg(self, args[0], "partition", &sep)) return Value();
  if (sep.empty()) return raise(rt.ValueError, "empty separator");
  std::string_view s = self.as<Str>()->view();
  size_t p = right ? s.rfind(sep) : s.find(sep);
  Value items[3];
  if (p == std::string_view::npos) {
    Value empty = make_like(self, "");
    if (right) {
      items[0] = empty;
      items[1] = empty;
      items[2] = self;
    } else {
      items[0] = self;
      items[1] = empty;
      items[2] = empty;
    }
  } else {
    items[0] = make_like(self, s.substr(0, p));
    items[1] = args[0];
    items[2] = make_like(self, s.substr(p + sep.size()));
  }
  return tuple_from_array(items, 3);
}
Value s_partition(Value self, Value* a, int64_t n, Tuple*) {
  return partition_impl(self, a, n, false);
}
Value s_rpartition(Value self, Value* a, int64_t n, Tuple*) {
  return partition_impl(self, a, n, true);
}

Value s_splitlines(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args("splitlines", args, nargs, kw, 0, {"keepends"}, a)) return Value();
  bool keep = a[0] && truthy(a[0]) > 0;
  std::string_view s = self.as<Str>()->view();
  List* out = new_list(0);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') j++;
    size_t eol = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n')
        j += 2;
      else
        j++;
    }
    if (!list_append(out, make_like(self, s.substr(i, (keep ? j : eol) - i)))) return Value();
    i = j;
  }
  return out;
}

Value s_format(Value self, Value* args, int64_t nargs, Tuple* kw) {
  return str_format_method(self.as<Str>(), args, nargs, kw);
}

Value s_format_map(Value self, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("format_map", kw)) return Value();
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "format_map() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  return str_format_map(self.as<Str>(), args[0]);
}

// (encoding="utf-8", errors="strict") of str.encode / bytes.decode
bool codec_args(const char* fname, Value* args, int64_t nargs, Tuple* kw, std::string_view* enc,
                std::string_view* errors) {
  int64_t nkw = kw ? kw->size : 0;
  if (nargs > 2)
    return raise_fmt(rt.TypeError, "%s() takes at most 2 arguments (%lld given)", fname,
                     static_cast<long long>(nargs)),
           false;
  Value e = nargs > 0 ? args[0] : Value(), r = nargs > 1 ? args[1] : Value();
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    if (k == "encoding")
      e = args[nargs + i];
    else if (k == "errors")
      r = args[nargs + i];
    else
      return raise_fmt(rt.TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                       std::string(k).c_str()),
             false;
  }
  for (Value v : {e, r})
    if (v && !is_str_v(v))
      return raise_fmt(rt.TypeError, "%s() argument must be str, not %s", fname, type_name(v)),
             false;
  if (e) *enc = e.as<Str>()->view();
  if (r) *errors = r.as<Str>()->view();
  return true;
}

Value s_encode(Value self, Value* args, int64_t nargs, Tuple* kw) {
  std::string_view enc = "utf-8", errors = "strict";
  if (!codec_args("encode", args, nargs, kw, &enc, &errors)) return Value();
  return codec_encode(self.as<Str>(), enc, errors);
}

Value s_removeprefix(Value self, Value* args, int64_t nargs, Tuple*) {
  std::string_view p;
  if (nargs != 1 || !str_arg(self, args[0], "removeprefix", &p))
    return rt.exc ? Value() : raise(rt.TypeError, "removeprefix() takes exactly one argument");
  std::string_view s = self.as<Str>()->view();
  if (s.substr(0, p.size()) == p) return make_like(self, s.substr(p.size()));
  return unchanged(self);
}

Value s_removesuffix(Value self, Value* args, int64_t nargs, Tuple*) {
  std::string_view p;
  if (nargs != 1 || !str_arg(self, args[0], "removesuffix", &p))
    return rt.exc ? Value() : raise(rt.TypeError, "removesuffix() takes exactly one argument");
  std::string_view s = self.as<Str>()->view();
  if (!p.empty() && s.size() >= p.size() && s.substr(s.size() - p.size()) == p)
    return make_like(self, s.substr(0, s.size() - p.size()));
  return unchanged(self);
}

Value s_expandtabs(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t tab = 8;
  if (nargs > 0 && !int_index(args[0], &tab)) return Value();
  if (tab > INT32_MAX || tab < INT32_MIN)  // tabsize is a C int
    return raise(rt.OverflowError, "Python int too large to convert to C int");
  std::string r;
  int64_t col = 0;
  for (char c : self.as<Str>()->view()) {
    if (c == '\t') {
      int64_t n = tab > 0 ? tab - col % tab : 0;
      if (!result_size_ok(static_cast<int64_t>(r.size()) + n)) return Value();
      r += std::string(static_cast<size_t>(n), ' ');
      col += n;
    } else {
      r += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return make_like(self, r);
}

Value s_translate(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "translate() takes exactly one argument");
  Str* s = self.as<Str>();
  std::string r;
  for (int64_t i = 0; i < s->size;) {
    int64_t n;
    uint32_t cp = utf8_decode_at(s->data() + i, &n);
    Value m = getitem(args[0], Value::small(cp));
    if (!m) {
      if (!pending_is(rt.LookupError)) return Value();
      clear_exc();
      r.append(s->data() + i, static_cast<size_t>(n));
    } else if (m == Value(rt.None)) {
    } else if (is_int(m)) {
      int64_t c;
      int_to_int64(m, &c);
      utf8_encode(r, static_cast<uint32_t>(c));
    } else if (is_str_v(m)) {
      r += m.as<Str>()->view();
    }
    i += n;
  }
  return new_str(r);
}

Value s_maketrans(Value, Value* args, int64_t nargs, Tuple*) {
  Dict* d = new_dict();
  if (!d) return Value();
  if (nargs == 1) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(args[0].as<Dict>(), &pos, &k, &v)) {
      Value key = k;
      if (is_str_v(k)) {
        int64_t n;
        key = Value::small(utf8_decode_at(k.as<Str>()->data(), &n));
      }
      if (dict_set(d, key, v) < 0) return Value();
    }
    return d;
  }
  std::vector<uint32_t> a = str_codepoints(args[0].as<Str>()),
                        b = str_codepoints(args[1].as<Str>());
  if (a.size() != b.size())
    return raise(rt.ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < a.size(); i++)
    if (dict_set(d, Value::small(a[i]), Value::small(b[i])) < 0) return Value();
  if (nargs > 2)
    for (uint32_t c : str_codepoints(args[2].as<Str>()))
      if (dict_set(d, Value::small(c), rt.None) < 0) return Value();
  return d;
}

Value str_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("str", args, nargs, kw, 0, {"object", "encoding", "errors"}, a)) return Value();
  if (!a[0]) return rt.empty_str;
  if ((a[1] || a[2]) && is_bytes_v(a[0])) {
    for (Value v : {a[1], a[2]})
      if (v && !is_str_v(v))
        return raise_fmt(rt.TypeError, "str() argument must be str, not %s", type_name(v));
    return codec_decode(a[0].as<Str>()->view(), a[1] ? a[1].as<Str>()->view() : "utf-8",
                        a[2] ? a[2].as<Str>()->view() : "strict");
  }
  return to_str(a[0]);
}

// ---- bytes ----

Value b_decode(Value self, Value* args, int64_t nargs, Tuple* kw) {
  std::string_view enc = "utf-8", errors = "strict";
  if (!codec_args("decode", args, nargs, kw, &enc, &errors)) return Value();
  return codec_decode(self.as<Str>()->view(), enc, errors);
}

// bytes.fromhex: pairs of hex digits, whitespace allowed between pairs
Value b_fromhex(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !is_str_v(args[0]))
    return raise_fmt(rt.TypeError, "fromhex() argument must be str, not %s",
                     nargs ? type_name(args[0]) : "nothing");
  std::string_view h = args[0].as<Str>()->view();
  std::string out;
  auto digit = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i < h.size();) {
    if (h[i] == ' ' || h[i] == '\t' || h[i] == '\n' || h[i] == '\r' || h[i] == '\f' ||
        h[i] == '\v') {
      i++;
      continue;
    }
    int hi = digit(h[i]);
    int lo = i + 1 < h.size() ? digit(h[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      return raise_fmt(rt.ValueError,
                       "non-hexadecimal number found in fromhex() arg at position %zu", at);
    }
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return new_bytes(out);
}

Value bytes_new(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) return new_bytes("");
  Value x = args[0];
  if (is_str_v(x)) {
    if (nargs < 2) return raise(rt.TypeError, "string argument without an encoding");
    std::string_view enc = "utf-8", errors = "strict";
    if (!codec_args("bytes", args + 1, nargs - 1, nullptr, &enc, &errors)) return Value();
    return codec_encode(x.as<Str>(), enc, errors);
  }
  if (is_int(x)) {
    int64_t n;
    if (!int_index(x, &n)) return Value();
    if (n < 0) return raise(rt.ValueError, "negative count");
    if (!result_size_ok(n)) return Value();
    Str* b = new_str_raw(n);
    if (!b) return Value();
    std::memset(b->data(), 0, static_cast<size_t>(n) + 1);
    b->type = rt.bytes_type;
    b->chars = n;
    b->ascii = true;
    return b;
  }
  if (x.is_ptr() && x.obj()->type == rt.bytes_type) return x;
  Value* items;
  int64_t n;
  Value keep = as_sequence(x, &items, &n);
  if (!keep) return Value();
  std::string r;
  for (int64_t i = 0; i < n; i++) {
    int64_t c;
    if (!int_index(items[i], &c)) return Value();
    if (c < 0 || c > 255) return raise(rt.ValueError, "bytes must be in range(0, 256)");
    r += static_cast<char>(c);
  }
  return new_bytes(r);
}

void add_common(Type* t) {
  add_method(t, "join", s_join);
  add_method(t, "split", s_split);
  add_method(t, "rsplit", s_rsplit);
  add_method(t, "strip", s_strip);
  add_method(t, "lstrip", s_lstrip);
  add_method(t, "rstrip", s_rstrip);
  add_method(t, "replace", s_replace);
  add_method(t, "find", s_find);
  add_method(t, "rfind", s_rfind);
  add_method(t, "index", s_index);
  add_method(t, "rindex", s_rindex);
  add_method(t, "count", s_count);
  add_method(t, "startswith", s_startswith);
  add_method(t, "endswith", s_endswith);
  add_method(t, "isdigit", s_numeric<1>);
  add_method(t, "isspace", s_pred<3>);
  add_method(t, "isascii", s_pred<6>);
  add_case_methods(t);
  add_method(t, "partition", s_partition);
  add_method(t, "rpartition", s_rpartition);
  add_method(t, "splitlines", s_splitlines);
  add_method(t, "ljust", s_ljust);
  add_method(t, "rjust", s_rjust);
  add_method(t, "center", s_center);
  add_method(t, "zfill", s_zfill);
  add_method(t, "removeprefix", s_removeprefix);
  add_method(t, "removesuffix", s_removesuffix);
  add_method(t, "expandtabs", s_expandtabs);
}

}  // namespace

void str_init_type() {
  Type* t = rt.str_type;
  t->new_fn = str_new;
  add_common(t);
  add_method(t, "format", s_format);
  add_method(t, "format_map", s_format_map);
  add_method(t, "encode", s_encode);
  add_method(t, "isdecimal", s_numeric<0>);
  add_method(t, "isnumeric", s_numeric<2>);
  add_method(t, "isprintable", s_isprintable);
  add_method(t, "translate", s_translate);
  add_static(t, "maketrans", s_maketrans);
}

void bytes_init_type() {
  Type* t = rt.bytes_type;
  t->new_fn = bytes_new;
  add_common(t);
  add_method(t, "decode", b_decode);
  add_static(t, "fromhex", b_fromhex);
  bytes_add_methods(t);
}

}  // namespace weft::python
