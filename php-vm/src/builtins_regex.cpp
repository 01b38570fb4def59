// preg_* functions on PCRE2: preg_match, preg_match_all, preg_replace,
// preg_replace_callback, preg_split, preg_quote, preg_grep.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "builtins.h"

namespace weft::php {

namespace {

struct Regex {
  pcre2_code* code = nullptr;
  uint32_t groups = 0;
  std::vector<std::string> names;  // per group number, "" when unnamed
  bool utf = false;
};

// Compiles a php pattern ("/x/i"); null with a warning on errors.
Regex* compile(VM& vm, const char* fn, std::string_view pat) {
  static auto* cache = new std::unordered_map<std::string, Regex*>();
  auto it = cache->find(std::string(pat));
  if (it != cache->end()) return it->second;
  size_t p = 0;
  while (p < pat.size() && std::isspace(static_cast<unsigned char>(pat[p]))) ++p;
  if (p >= pat.size()) {
    vm.warning(std::string(fn) + "(): Empty regular expression");
    return nullptr;
  }
  char open = pat[p];
  if (std::isalnum(static_cast<unsigned char>(open)) || open == '\\') {
    vm.warning(std::string(fn) + "(): Delimiter must not be alphanumeric, backslash, or NUL");
    return nullptr;
  }
  char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : open == '<' ? '>' : open;
  size_t end = pat.rfind(close);
  if (end == std::string_view::npos || end <= p) {
    vm.warning(std::string(fn) + "(): No ending delimiter '" + std::string(1, close) + "' found");
    return nullptr;
  }
  std::string body(pat.substr(p + 1, end - p - 1));
  uint32_t opts = 0;
  bool utf = false;
  for (char m : pat.substr(end + 1)) {
    switch (m) {
      case 'i':
        opts |= PCRE2_CASELESS;
        break;
      case 'm':
        opts |= PCRE2_MULTILINE;
        break;
      case 's':
        opts |= PCRE2_DOTALL;
        break;
      case 'x':
        opts |= PCRE2_EXTENDED;
        break;
      case 'u':
        opts |= PCRE2_UTF | PCRE2_UCP;
        utf = true;
        break;
      case 'U':
        opts |= PCRE2_UNGREEDY;
        break;
      case 'D':
        opts |= PCRE2_DOLLAR_ENDONLY;
        break;
      case 'A':
        opts |= PCRE2_ANCHORED;
        break;
      case '\n':
      case ' ':
      case '\r':
        break;
      default:
        vm.warning(std::string(fn) + "(): Unknown modifier '" + std::string(1, m) + "'");
        return nullptr;
    }
  }
  int err;
  PCRE2_SIZE off;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(body.data()), body.size(), opts,
                                   &err, &off, nullptr);
  if (!code) {
    PCRE2_UCHAR buf[256];
    pcre2_get_error_message(err, buf, sizeof buf);
    vm.warning(std::string(fn) + "(): Compilation failed: " + reinterpret_cast<char*>(buf) +
               " at offset " + std::to_string(off));
    return nullptr;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  Regex* r = new Regex();
  r->code = code;
  r->utf = utf;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &r->groups);
  r->names.assign(r->groups + 1, "");
  uint32_t count, entry;
  PCRE2_SPTR table;
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < count; ++i) {
    const unsigned char* e = table + i * entry;
    uint32_t n = (uint32_t(e[0]) << 8) | e[1];
    r->names[n] = reinterpret_cast<const char*>(e + 2);
  }
  (*cache)[std::string(pat)] = r;
  return r;
}

struct Matcher {
  Regex* re;
  std::string_view subject;
  pcre2_match_data* md;
  explicit Matcher(Regex* r, std::string_view s) : re(r), subject(s) {
    md = pcre2_match_data_create_from_pattern(r->code, nullptr);
  }
  ~Matcher() { pcre2_match_data_free(md); }
  // Next match at or after `pos`; handles empty matches like php (retry non-empty, then advance).
  int find(size_t pos, bool after_empty) {
    uint32_t flags = after_empty ? (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0;
    int rc = pcre2_match(re->code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(),
                         pos, flags, md, nullptr);
    return rc;
  }
  PCRE2_SIZE* ov() { return pcre2_get_ovector_pointer(md); }
};

// The groups of the current match as a php array (named groups first, like php).
Array* groups_array(Matcher& m, int rc, bool offset_capture, bool trim_unmatched) {
  Array* a = Array::make();
  PCRE2_SIZE* ov = m.ov();
  int last = rc;
  if (!trim_unmatched) last = int(m.re->groups) + 1;
  for (int g = 0; g < last; ++g) {
    Value v;
    bool set = g < rc && ov[2 * g] != PCRE2_UNSET;
    std::string_view s =
        set ? m.subject.substr(ov[2 * g], ov[2 * g + 1] - ov[2 * g]) : std::string_view();
    if (offset_capture) {
      Array* pair = Array::make();
      pair->append(Value::str(new_string(s)));
      pair->append(Value::integer(set ? int64_t(ov[2 * g]) : -1));
      v = Value::arr(pair);
    } else {
      v = Value::str(new_string(s));
    }
    if (g < int(m.re->names.size()) && !m.re->names[size_t(g)].empty())
      a->set(Key::string(new_string(m.re->names[size_t(g)])), v);
    a->append(v);
  }
  return a;
}

size_t advance_one(const Matcher& m, size_t pos) {
  if (!m.re->utf) return pos + 1;
  ++pos;
  while (pos < m.subject.size() && (static_cast<unsigned char>(m.subject[pos]) & 0xc0) == 0x80)
    ++pos;
  return pos;
}

void set_ref(Value* args, uint32_t argc, uint32_t i, const Value& v) {
  if (i < argc && args[i].tag == Tag::Ref) args[i].r->v = v;
}

}  // namespace

WEFT_PHP_NATIVE(f_preg_match) {
  if (!check_arity(vm, "preg_match", argc, 2, 5)) return false;
  Regex* re = compile(vm, "preg_match", to_std_string(args[0]));
  if (!re) {
    *ret = Value::boolean(false);
    return true;
  }
  std::string subject = to_std_string(args[1]);
  int64_t flags = to_int(arg_at(args, argc, 3));
  int64_t offset = to_int(arg_at(args, argc, 4));
  Matcher m(re, subject);
  int rc = m.find(size_t(std::max<int64_t>(0, offset)), false);
  if (rc < 0) {
    set_ref(args, argc, 2, Value::arr(Array::make()));
    *ret = Value::integer(0);
    return true;
  }
  set_ref(args, argc, 2, Value::arr(groups_array(m, rc, flags & 256, true)));
  *ret = Value::integer(1);
  return true;
}

WEFT_PHP_NATIVE(f_preg_match_all) {
  if (!check_arity(vm, "preg_match_all", argc, 2, 5)) return false;
  Regex* re = compile(vm, "preg_match_all", to_std_string(args[0]));
  if (!re) {
    *ret = Value::boolean(false);
    return true;
  }
  std::string subject = to_std_string(args[1]);
  int64_t flags = to_int(arg_at(args, argc, 3));
  bool set_order = flags & 2;
  bool offset_capture = flags & 256;
  Matcher m(re, subject);
  Array* per_match = Array::make();  // a GC array: the matches must stay reachable
  size_t pos = 0;
  bool after_empty = false;
  while (pos <= subject.size()) {
    int rc = m.find(pos, after_empty);
    if (rc < 0) {
      if (after_empty) {
        pos = advance_one(m, pos);
        after_empty = false;
        continue;
      }
      break;
    }
    per_match->append(Value::arr(groups_array(m, rc, offset_capture, set_order)));
    PCRE2_SIZE* ov = m.ov();
    after_empty = ov[0] == ov[1];
    pos = ov[1];
  }
  Array* out = Array::make();
  uint32_t nmatch = per_match->count;
  auto match_at = [&](uint32_t i) { return per_match->buckets()[i].v.a; };
  if (set_order) {
    for (uint32_t i = 0; i < nmatch; ++i) out->append(Value::arr(match_at(i)));
  } else {
    for (uint32_t g = 0; g <= re->groups; ++g) {
      Array* col = Array::make();
      for (uint32_t i = 0; i < nmatch; ++i) {
        Value* v = match_at(i)->find(int64_t(g));
        col->append(v ? *v : Value::str(intern("")));
      }
      if (!re->names[g].empty())
        out->set(Key::string(new_string(re->names[g])), Value::arr(col->copy()));
      out->append(Value::arr(col));
    }
  }
  set_ref(args, argc, 2, Value::arr(out));
  *ret = Value::integer(int64_t(nmatch));
  return true;
}

// Expands $1, \1, ${1} in a replacement.
static std::string expand(std::string_view rep, Matcher& m, int rc) {
  std::string out;
  PCRE2_SIZE* ov = m.ov();
  for (size_t i = 0; i < rep.size(); ++i) {
    char c = rep[i];
    if ((c == '$' || c == '\\') && i + 1 < rep.size()) {
      size_t j = i + 1;
      bool brace = c == '$' && rep[j] == '{';
      if (brace) ++j;
      if (j < rep.size() && std::isdigit(static_cast<unsigned char>(rep[j]))) {
        int g = rep[j] - '0';
        ++j;
        if (j < rep.size() && std::isdigit(static_cast<unsigned char>(rep[j]))) {
          g = g * 10 + (rep[j] - '0');
          ++j;
        }
        if (brace) {
          if (j < rep.size() && rep[j] == '}')
            ++j;
          else {
            out += c;
            continue;
          }
        }
        if (g < rc && ov[2 * g] != PCRE2_UNSET)
          out.append(m.subject.substr(ov[2 * g], ov[2 * g + 1] - ov[2 * g]));
        i = j - 1;
        continue;
      }
      if (c == '\\' && rep[i + 1] == '\\') {
        out += '\\';
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// One pattern over one subject; `cb` non-null: replacement callback.
static bool replace_one(VM& vm, const char* fn, Regex* re, const std::string& subject,
                        const Value* rep, const Value* cb, int64_t limit, int64_t* count,
                        std::string* out) {
  Matcher m(re, subject);
  size_t pos = 0, last = 0;
  bool after_empty = false;
  int64_t n = 0;
  while (pos <= subject.size() && (limit < 0 || n < limit)) {
    int rc = m.find(pos, after_empty);
    if (rc < 0) {
      if (after_empty) {
        pos = advance_one(m, pos);
        after_empty = false;
        continue;
      }
      break;
    }
    PCRE2_SIZE* ov = m.ov();
    out->append(subject, last, ov[0] - last);
    if (cb) {
      Value arg = Value::arr(groups_array(m, rc, false, true));
      Value r;
      if (!vm.call_value(*cb, &arg, 1, &r)) return false;
      String* s;
      if (!vm.to_string(r, &s)) return false;
      out->append(s->view());
    } else {
      out->append(expand(to_std_string(*rep), m, rc));
    }
    ov = m.ov();
    last = ov[1];
    after_empty = ov[0] == ov[1];
    pos = ov[1];
    ++n;
  }
  (void)fn;
  out->append(subject, last, std::string::npos);
  *count += n;
  return true;
}

static bool preg_replace_impl(VM& vm, Value* args, uint32_t argc, Value* ret, bool callback) {
  const char* fn = callback ? "preg_replace_callback" : "preg_replace";
  if (!check_arity(vm, fn, argc, 3, 5)) return false;
  const Value& pat = arg_at(args, argc, 0);
  const Value& rep = arg_at(args, argc, 1);
  const Value& subj = arg_at(args, argc, 2);
  int64_t limit = argc > 3 ? to_int(args[3]) : -1;
  int64_t count = 0;
  auto one = [&](const Value& s, Value* out) -> bool {
    std::string cur = to_std_string(s);
    if (pat.tag == Tag::Arr) {
      Array* pa = pat.a;
      Array* ra = (!callback && rep.tag == Tag::Arr) ? rep.a : nullptr;
      uint32_t ri = ra ? ra->first() : 0;
      for (uint32_t i = pa->first(); i < pa->used(); i = pa->next(i)) {
        Regex* re = compile(vm, fn, to_std_string(pa->buckets()[i].v));
        if (!re) return false;
        Value r = Value::str(intern(""));
        if (ra) {
          if (ri < ra->used()) {
            r = ra->buckets()[ri].v;
            ri = ra->next(ri);
          }
        } else {
          r = rep;
        }
        std::string next;
        if (!replace_one(vm, fn, re, cur, &r, callback ? &rep : nullptr, limit, &count, &next))
          return false;
        cur = std::move(next);
      }
    } else {
      Regex* re = compile(vm, fn, to_std_string(pat));
      if (!re) {
        *out = Value::null();
        return true;
      }
      std::string next;
      if (!replace_one(vm, fn, re, cur, &rep, callback ? &rep : nullptr, limit, &count, &next))
        return false;
      cur = std::move(next);
    }
    *out = Value::str(new_string(cur));
    return true;
  };
  if (subj.tag == Tag::Arr) {
    Array* out = Array::make();
    for (uint32_t i = subj.a->first(); i < subj.a->used(); i = subj.a->next(i)) {
      Value v;
      if (!one(subj.a->buckets()[i].v, &v)) return false;
      Bucket& b = subj.a->buckets()[i];
      out->set(b.array_key(), v);
    }
    *ret = Value::arr(out);
  } else if (!one(subj, ret)) {
    return false;
  }
  set_ref(args, argc, 4, Value::integer(count));
  return true;
}
WEFT_PHP_NATIVE(f_preg_replace) { return preg_replace_impl(vm, args, argc, ret, false); }
WEFT_PHP_NATIVE(f_preg_replace_callback) { return preg_replace_impl(vm, args, argc, ret, true); }

WEFT_PHP_NATIVE(f_preg_split) {
  if (!check_arity(vm, "preg_split", argc, 2, 4)) return false;
  Regex* re = compile(vm, "preg_split", to_std_string(args[0]));
  if (!re) {
    *ret = Value::boolean(false);
    return true;
  }
  std::string subject = to_std_string(args[1]);
  int64_t limit = argc > 2 && !arg_at(args, argc, 2).is_null() ? to_int(args[2]) : -1;
  if (limit == 0) limit = -1;
  int64_t flags = to_int(arg_at(args, argc, 3));
  bool no_empty = flags & 1, delim = flags & 2, offsets = flags & 4;
  Array* out = Array::make();
  auto add = [&](size_t from, size_t to) {
    if (no_empty && from == to) return;
    Value s = Value::str(new_string(std::string_view(subject).substr(from, to - from)));
    if (offsets) {
      Array* pair = Array::make();
      pair->append(s);
      pair->append(Value::integer(int64_t(from)));
      out->append(Value::arr(pair));
    } else {
      out->append(s);
    }
  };
  Matcher m(re, subject);
  size_t pos = 0, last = 0;
  bool after_empty = false;
  while (pos <= subject.size() && (limit < 0 || int64_t(out->count) < limit - 1)) {
    int rc = m.find(pos, after_empty);
    if (rc < 0) {
      if (after_empty) {
        pos = advance_one(m, pos);
        after_empty = false;
        continue;
      }
      break;
    }
    PCRE2_SIZE* ov = m.ov();
    if (ov[0] == ov[1] && ov[0] == last) {
      // an empty match at the start of a piece splits nothing
      if (ov[0] >= subject.size()) break;
      pos = ov[1];
      after_empty = true;
      continue;
    }
    add(last, ov[0]);
    if (delim)
      for (int g = 1; g < rc; ++g)
        if (ov[2 * g] != PCRE2_UNSET && (!no_empty || ov[2 * g + 1] > ov[2 * g]))
          add(ov[2 * g], ov[2 * g + 1]);
    last = ov[1];
    after_empty = ov[0] == ov[1];
    pos = ov[1];
  }
  add(last, subject.size());
  *ret = Value::arr(out);
  return true;
}

WEFT_PHP_NATIVE(f_preg_quote) {
  std::string s = to_std_string(arg_at(args, argc, 0));
  std::string d = argc > 1 && !arg_at(args, argc, 1).is_null() ? to_std_string(args[1]) : "";
  std::string out;
  for (char c : s) {
    if (std::string_view(".\\+*?[^]$(){}=!<>|:-#/").find(c) != std::string_view::npos &&
        (c != '/' || d == "/"))
      out += '\\';
    else if (!d.empty() && c == d[0])
      out += '\\';
    if (c == '\0') {
      out += "\\000";
      continue;
    }
    out += c;
  }
  *ret = Value::str(new_string(out));
  return true;
}

WEFT_PHP_NATIVE(f_preg_grep) {
  Regex* re = compile(vm, "preg_grep", to_std_string(arg_at(args, argc, 0)));
  const Value& a = arg_at(args, argc, 1);
  if (!re || a.tag != Tag::Arr) {
    *ret = Value::boolean(false);
    return true;
  }
  bool invert = to_int(arg_at(args, argc, 2)) & 1;
  Array* out = Array::make();
  for (uint32_t i = a.a->first(); i < a.a->used(); i = a.a->next(i)) {
    Bucket& b = a.a->buckets()[i];
    std::string s = to_std_string(b.v);
    Matcher m(re, s);
    if ((m.find(0, false) >= 0) != invert) out->set(b.array_key(), deref(b.v));
  }
  *ret = Value::arr(out);
  return true;
}

void register_regex_builtins(VM& vm) {
  vm.register_native("preg_match", f_preg_match, 1u << 2);
  vm.register_native("preg_match_all", f_preg_match_all, 1u << 2);
  vm.register_native("preg_replace", f_preg_replace, 1u << 4);
  vm.register_native("preg_replace_callback", f_preg_replace_callback, 1u << 4);
  vm.register_native("preg_split", f_preg_split);
  vm.register_native("preg_quote", f_preg_quote);
  vm.register_native("preg_grep", f_preg_grep);
  vm.constants->set(Key::string(intern("PREG_SPLIT_OFFSET_CAPTURE")), Value::integer(4));
  vm.constants->set(Key::string(intern("PREG_OFFSET_CAPTURE")), Value::integer(256));
  vm.constants->set(Key::string(intern("PREG_GREP_INVERT")), Value::integer(1));
}

}  // namespace weft::php
