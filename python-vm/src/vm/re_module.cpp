// _weft_re: the matching engine under lib/re.py, on PCRE2 (8-bit code units; str subjects are
// our UTF-8 strings matched in UTF + UCP mode, bytes subjects byte-wise). Python's pattern
// syntax is translated where PCRE2 spells it differently (\Z, \u/\U escapes, {,n}); the rest
// of the re API (Pattern and Match objects, sub templates, split, findall) is Python code in
// lib/re.py. Compiled patterns are kept for the life of the process in a table keyed by
// (pattern, flags), like CPython's re cache without its size limit.
//
//   compile(pattern, flags) -> (id, groups, {name: index}) or (None, message, offset)
//   match(id, string, pos, endpos, mode, notempty_atstart) -> [start0, end0, start1, ...] or None
//     mode 0 search, 1 match (anchored at pos), 2 fullmatch; indices in code points, -1 unset
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <map>
#include <string>
#include <vector>

#include "runtime.h"

namespace weft::python {

namespace {

// Python's re flags (re.I ...)
constexpr int64_t kIgnoreCase = 2, kMultiline = 8, kDotAll = 16, kAscii = 256, kVerbose = 64;

struct Compiled {
  pcre2_code* code;
  bool is_bytes;
};
std::vector<Compiled> g_codes;
std::map<std::string, int64_t> g_by_key;
pcre2_match_data* g_md = nullptr;

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

// Python pattern syntax -> PCRE2 syntax.
std::string translate(std::string_view p, bool is_bytes) {
  std::string out;
  out.reserve(p.size() + 8);
  bool in_class = false;
  for (size_t i = 0; i < p.size(); i++) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      char n = p[i + 1];
      if (n == 'Z' && !in_class) {
        out += "\\z";
        i++;
        continue;
      }
      size_t digits = n == 'u' ? 4 : n == 'U' ? 8 : 0;
      if (digits && !is_bytes && i + 1 + digits < p.size() + 0 && i + 2 + digits <= p.size()) {
        bool ok = true;
        for (size_t k = 0; k < digits; k++) ok = ok && is_hex(p[i + 2 + k]);
        if (ok) {
          out += "\\x{";
          out += p.substr(i + 2, digits);
          out += '}';
          i += 1 + digits;
          continue;
        }
      }
      out += c;
      out += n;
      i++;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      // a ']' right after '[' or '[^' is a literal
      if (i + 1 < p.size() && p[i + 1] == '^') out += p[++i];
      if (i + 1 < p.size() && p[i + 1] == ']') {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (c == '{' && i + 1 < p.size() && p[i + 1] == ',') {
      size_t j = i + 2;
      while (j < p.size() && std::isdigit(static_cast<unsigned char>(p[j]))) j++;
      if (j > i + 2 && j < p.size() && p[j] == '}') {
        out += "{0";
        continue;
      }
    }
    out += c;
  }
  return out;
}

int64_t cp_index(Str* s, int64_t byte_off) {
  if (s->ascii || byte_off <= 0) return byte_off;
  int64_t n = 0;
  for (int64_t i = 0; i < byte_off; i++)
    if ((static_cast<unsigned char>(s->data()[i]) & 0xC0) != 0x80) n++;
  return n;
}

Value re_compile(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("compile", kw)) return Value();
  int64_t flags = 0;
  if (nargs != 2 || !args[0].is_ptr() || !int_index(args[1], &flags))
    return rt.exc ? Value() : raise(rt.TypeError, "compile(pattern, flags)");
  Type* t = args[0].obj()->type;
  bool is_bytes = t == rt.bytes_type;
  if (!is_bytes && t != rt.str_type) return raise(rt.TypeError, "first argument must be string");
  Str* pat = args[0].as<Str>();
  std::string key = std::string(is_bytes ? "b" : "s") + std::to_string(flags) + ":";
  key += pat->view();
  auto found = g_by_key.find(key);
  int64_t id;
  if (found != g_by_key.end()) {
    id = found->second;
  } else {
    uint32_t opts = 0;
    if (flags & kIgnoreCase) opts |= PCRE2_CASELESS;
    if (flags & kMultiline) opts |= PCRE2_MULTILINE;
    if (flags & kDotAll) opts |= PCRE2_DOTALL;
    if (flags & kVerbose) opts |= PCRE2_EXTENDED;
    if (!is_bytes) {
      opts |= PCRE2_UTF;
      if (!(flags & kAscii)) opts |= PCRE2_UCP;
    }
    std::string src = translate(pat->view(), is_bytes);
    int err = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(src.data()), src.size(), opts,
                                     &err, &erroff, nullptr);
    if (!code) {
      PCRE2_UCHAR buf[256];
      pcre2_get_error_message(err, buf, sizeof buf);
      Value items[3] = {rt.None, new_str(reinterpret_cast<const char*>(buf)),
                        new_int(static_cast<int64_t>(erroff))};
      return tuple_from_array(items, 3);
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    id = static_cast<int64_t>(g_codes.size());
    g_codes.push_back({code, is_bytes});
    g_by_key.emplace(key, id);
  }
  pcre2_code* code = g_codes[static_cast<size_t>(id)].code;
  uint32_t ngroups = 0, namecount = 0, entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  Dict* names = new_dict();
  if (!names) return Value();
  // the table is sorted by name; Python's groupindex is in group order
  std::map<int, std::string> by_index;
  for (uint32_t i = 0; i < namecount; i++) {
    PCRE2_SPTR e = table + i * entry_size;
    int idx = (e[0] << 8) | e[1];
    by_index[idx] = reinterpret_cast<const char*>(e + 2);
  }
  for (auto& [idx, name] : by_index)
    if (dict_set(names, new_str(name), new_int(idx)) < 0) return Value();
  Value items[3] = {new_int(id), new_int(ngroups), names};
  return tuple_from_array(items, 3);
}

Value re_match(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("match", kw)) return Value();
  int64_t id, pos, endpos, mode, notempty;
  if (nargs != 6 || !int_index(args[0], &id) || !int_index(args[2], &pos) ||
      !int_index(args[3], &endpos) || !int_index(args[4], &mode) || !int_index(args[5], &notempty))
    return rt.exc ? Value() : raise(rt.TypeError, "match(id, string, pos, endpos, mode, ne)");
  if (id < 0 || id >= static_cast<int64_t>(g_codes.size()))
    return raise(rt.ValueError, "bad pattern id");
  const Compiled& c = g_codes[static_cast<size_t>(id)];
  Value subj = args[1];
  Type* t = subj.is_ptr() ? subj.obj()->type : nullptr;
  bool subj_bytes = t && (t == rt.bytes_type || is_subtype(t, rt.bytes_type));
  bool subj_str = t && (t == rt.str_type || is_subtype(t, rt.str_type));
  if (c.is_bytes && !subj_bytes)
    return raise(rt.TypeError, "cannot use a bytes pattern on a string-like object");
  if (!c.is_bytes && !subj_str)
    return raise(rt.TypeError, "cannot use a string pattern on a bytes-like object");
  Str* s = subj.as<Str>();
  int64_t len = c.is_bytes ? s->size : s->chars;
  if (pos < 0) pos = 0;
  if (pos > len) pos = len;
  if (endpos > len) endpos = len;
  if (endpos < pos) return rt.None;
  int64_t bpos = c.is_bytes ? pos : utf8_index_to_offset(s, pos);
  int64_t bend = c.is_bytes ? endpos : utf8_index_to_offset(s, endpos);
  if (!g_md) g_md = pcre2_match_data_create(256, nullptr);
  uint32_t opts = 0;
  if (mode >= 1) opts |= PCRE2_ANCHORED;
  if (mode == 2) opts |= PCRE2_ENDANCHORED;
  if (notempty) opts |= PCRE2_NOTEMPTY_ATSTART;
  int rc =
      pcre2_match(c.code, reinterpret_cast<PCRE2_SPTR>(s->data()), static_cast<PCRE2_SIZE>(bend),
                  static_cast<PCRE2_SIZE>(bpos), opts, g_md, nullptr);
  if (rc == PCRE2_ERROR_NOMATCH) return rt.None;
  if (rc < 0) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(rc, buf, sizeof buf);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
      return raise_fmt(rt.RecursionError, "regular expression: %s", buf);
    return raise_fmt(rt.ValueError, "regular expression: %s", buf);
  }
  uint32_t ngroups = 0;
  pcre2_pattern_info(c.code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
  uint32_t have = pcre2_get_ovector_count(g_md);
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(g_md);
  List* out = new_list(2 * (static_cast<int64_t>(ngroups) + 1));
  if (!out) return Value();
  for (uint32_t g = 0; g <= ngroups; g++) {
    int64_t a = -1, b = -1;
    if (g < have && g < static_cast<uint32_t>(rc) && ov[2 * g] != PCRE2_UNSET) {
      a = static_cast<int64_t>(ov[2 * g]);
      b = static_cast<int64_t>(ov[2 * g + 1]);
      if (!c.is_bytes) {
        a = cp_index(s, a);
        b = cp_index(s, b);
      }
    }
    list_set(out, 2 * g, new_int(a));
    list_set(out, 2 * g + 1, new_int(b));
  }
  return out;
}

}  // namespace

PyModule* make_re_engine_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  if (!m) return nullptr;
  m->name = intern("_weft_re");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  dict_set_str(m->dict, intern("compile"), new_builtin("compile", re_compile, m));
  dict_set_str(m->dict, intern("match"), new_builtin("match", re_match, m));
  return m;
}

}  // namespace weft::python
