// Case changes and the letter/case predicates of str and bytes: upper, lower, casefold, title,
// capitalize, swapcase; isupper, islower, istitle, isalpha, isalnum, isidentifier. A str with
// non-ASCII characters gets Unicode's full case mappings and derived properties
// (objects/unicode_db) under CPython's rules: final sigma, capitalize() title-casing its first
// character, title() starting a word after any uncased character. bytes and ASCII strings take
// byte loops.
#include <cctype>
#include <string>
#include <vector>

#include "objects/unicode_db.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

using unicode::CaseMapping;

enum Change { kUpper, kLower, kCapitalize, kTitle, kSwapcase, kCasefold };

bool is_str_value(Value v) { return v.obj()->type->layout == Layout::Str; }

// One byte's change (ASCII, where title case is upper case and case folding is lower case).
char ascii_change(unsigned char c, bool up) {
  return static_cast<char>(up ? std::toupper(c) : std::tolower(c));
}

void append_mapped(uint32_t c, CaseMapping m, std::string& out) {
  if (c < 0x80) {
    out += ascii_change(static_cast<unsigned char>(c),
                        m == CaseMapping::kUpper || m == CaseMapping::kTitle);
    return;
  }
  unicode::append_case_mapped(c, m, out);
}

bool cased(uint32_t c) {
  return c < 0x80 ? std::isalpha(static_cast<int>(c)) : unicode::is_cased(c);
}

// The lower case of cps[i]: a capital sigma is final (ς) when a cased letter precedes it and none
// follows, case-ignorable characters (apostrophes, accents) skipped either way.
void append_lower(const std::vector<uint32_t>& cps, size_t i, std::string& out) {
  if (cps[i] != 0x3A3) {
    append_mapped(cps[i], CaseMapping::kLower, out);
    return;
  }
  size_t j = i;
  while (j > 0 && unicode::is_case_ignorable(cps[j - 1])) j--;
  bool final = j > 0 && cased(cps[j - 1]);
  if (final) {
    size_t k = i + 1;
    while (k < cps.size() && unicode::is_case_ignorable(cps[k])) k++;
    final = k == cps.size() || !cased(cps[k]);
  }
  utf8_encode(out, final ? 0x3C2 : 0x3C3);
}

Value unicode_change(Str* s, Change kind) {
  std::vector<uint32_t> cps = str_codepoints(s);
  std::string out;
  out.reserve(static_cast<size_t>(s->size));
  bool prev_cased = false;
  for (size_t i = 0; i < cps.size(); i++) {
    uint32_t c = cps[i];
    switch (kind) {
      case kUpper:
        append_mapped(c, CaseMapping::kUpper, out);
        break;
      case kLower:
        append_lower(cps, i, out);
        break;
      case kCasefold:
        append_mapped(c, CaseMapping::kFold, out);
        break;
      case kCapitalize:
        if (i == 0)
          append_mapped(c, CaseMapping::kTitle, out);
        else
          append_lower(cps, i, out);
        break;
      case kTitle:
        if (prev_cased)
          append_lower(cps, i, out);
        else
          append_mapped(c, CaseMapping::kTitle, out);
        prev_cased = cased(c);
        break;
      case kSwapcase:
        if (c < 0x80 ? std::isupper(static_cast<int>(c)) : unicode::is_uppercase(c))
          append_lower(cps, i, out);
        else if (c < 0x80 ? std::islower(static_cast<int>(c)) : unicode::is_lowercase(c))
          append_mapped(c, CaseMapping::kUpper, out);
        else
          utf8_encode(out, c);
        break;
    }
  }
  return new_str(out);
}

template <Change kind>
Value case_change(Value self, Value*, int64_t, Tuple*) {
  Str* str = self.as<Str>();
  if (is_str_value(self) && !str->ascii) return unicode_change(str, kind);
  std::string s(str->view());
  bool start = true;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    switch (kind) {
      case kUpper:
        s[i] = ascii_change(u, true);
        break;
      case kLower:
      case kCasefold:
        s[i] = ascii_change(u, false);
        break;
      case kCapitalize:
        s[i] = ascii_change(u, i == 0);
        break;
      case kTitle:
        s[i] = ascii_change(u, start);
        start = !std::isalpha(u);
        break;
      case kSwapcase:
        s[i] = ascii_change(u, !std::isupper(u));
        break;
    }
  }
  return is_str_value(self) ? new_str(s) : new_bytes(s);
}

// The character classes of the predicates, for one code point (ASCII: the C locale's).
enum Class { kAlpha, kAlnum, kUpperCase, kLowerCase, kTitleCase };

bool in_class(uint32_t c, Class k) {
  if (c < 0x80) {
    int a = static_cast<int>(c);
    switch (k) {
      case kAlpha:
        return std::isalpha(a);
      case kAlnum:
        return std::isalnum(a);
      case kUpperCase:
        return std::isupper(a);
      case kLowerCase:
        return std::islower(a);
      case kTitleCase:
        return false;
    }
  }
  double v;
  switch (k) {
    case kAlpha:
      return unicode::is_alpha(c);
    case kAlnum:  // CPython: isalpha, isdecimal, isdigit or isnumeric
      return unicode::is_alpha(c) || unicode::decimal(c) >= 0 || unicode::digit(c) >= 0 ||
             unicode::numeric(c, &v);
    case kUpperCase:
      return unicode::is_uppercase(c);
    case kLowerCase:
      return unicode::is_lowercase(c);
    case kTitleCase:
      return unicode::is_titlecase(c);
  }
  return false;
}

// Calls f with each character of self (the code points of a str, the bytes of bytes) while it
// returns true; false if it stopped. Bytes past ASCII are in no class: they come as 0x110000.
template <class F>
bool each_char(Value self, F f) {
  Str* s = self.as<Str>();
  std::string_view v = s->view();
  bool str = is_str_value(self);
  for (size_t i = 0; i < v.size();) {
    uint32_t c = static_cast<unsigned char>(v[i]);
    int64_t n = 1;
    if (c >= 0x80) c = str ? utf8_decode_at(v.data() + i, &n) : 0x110000;
    i += static_cast<size_t>(n);
    if (!f(c)) return false;
  }
  return true;
}

Value py_bool(bool b) { return b ? rt.True : rt.False; }

template <Class k>
Value all_in_class(Value self, Value*, int64_t, Tuple*) {
  if (self.as<Str>()->size == 0) return rt.False;
  return py_bool(each_char(self, [](uint32_t c) { return in_class(c, k); }));
}

// isupper (kUpperCase) and islower (kLowerCase): at least one cased character, none of the
// other case or title case.
template <Class k>
Value is_one_case(Value self, Value*, int64_t, Tuple*) {
  constexpr Class other = k == kUpperCase ? kLowerCase : kUpperCase;
  bool any = false;
  bool ok = each_char(self, [&](uint32_t c) {
    any = any || in_class(c, k);
    return !in_class(c, other) && !in_class(c, kTitleCase);
  });
  return py_bool(ok && any);
}

// Upper- and title-case characters only after uncased ones, lower-case only after cased ones.
Value s_istitle(Value self, Value*, int64_t, Tuple*) {
  bool prev_cased = false, any = false;
  bool ok = each_char(self, [&](uint32_t c) {
    if (in_class(c, kUpperCase) || in_class(c, kTitleCase)) {
      if (prev_cased) return false;
      prev_cased = any = true;
    } else if (in_class(c, kLowerCase)) {
      if (!prev_cased) return false;
      prev_cased = any = true;
    } else {
      prev_cased = false;
    }
    return true;
  });
  return py_bool(ok && any);
}

Value s_isidentifier(Value self, Value*, int64_t, Tuple*) {
  if (self.as<Str>()->size == 0) return rt.False;
  bool first = true;
  return py_bool(each_char(self, [&](uint32_t c) {
    bool ok = c < 0x80 ? c == '_' || std::isalpha(static_cast<int>(c)) ||
                             (!first && std::isdigit(static_cast<int>(c)))
              : first ? unicode::is_xid_start(c)
                      : unicode::is_xid_continue(c);
    first = false;
    return ok;
  }));
}

}  // namespace

void add_case_methods(Type* t) {
  add_method(t, "upper", case_change<kUpper>);
  add_method(t, "lower", case_change<kLower>);
  add_method(t, "capitalize", case_change<kCapitalize>);
  add_method(t, "title", case_change<kTitle>);
  add_method(t, "swapcase", case_change<kSwapcase>);
  add_method(t, "isalpha", all_in_class<kAlpha>);
  add_method(t, "isalnum", all_in_class<kAlnum>);
  add_method(t, "isupper", is_one_case<kUpperCase>);
  add_method(t, "islower", is_one_case<kLowerCase>);
  add_method(t, "istitle", s_istitle);
  if (t == rt.str_type) {
    add_method(t, "casefold", case_change<kCasefold>);
    add_method(t, "isidentifier", s_isidentifier);
  }
}

}  // namespace weft::python
