// json_decode, json_last_error and json_last_error_msg: an RFC 8259 parser producing php
// values (objects as stdClass unless $associative; big integers become floats unless
// JSON_BIGINT_AS_STRING), with php's error codes and the depth limit.
#include <cmath>
#include <string>

#include "builtins.h"

namespace weft::php {

namespace {

enum JsonError {
  kJsonOk = 0,
  kDepth = 1,
  kStateMismatch = 2,
  kCtrlChar = 3,
  kSyntax = 4,
  kUtf8 = 5,
  kRecursion = 6,
  kUnsupportedType = 8,
  kUtf16 = 10,
};

int64_t g_last_error = kJsonOk;

struct Parser {
  VM& vm;
  std::string_view s;
  size_t pos;
  bool assoc;
  bool bigint_string;
  int64_t max_depth;
  int error = kJsonOk;

  void ws() {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r'))
      ++pos;
  }
  bool fail(int e) {
    if (!error) error = e;
    return false;
  }
  bool literal(std::string_view word) {
    if (s.substr(pos, word.size()) != word) return fail(kSyntax);
    pos += word.size();
    return true;
  }
  static void utf8(uint32_t cp, std::string& out) {
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
  }
  bool hex4(uint32_t* out) {
    if (pos + 4 > s.size()) return fail(kSyntax);
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = s[pos++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= uint32_t(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= uint32_t(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= uint32_t(c - 'A' + 10);
      else
        return fail(kSyntax);
    }
    *out = v;
    return true;
  }
  bool string(std::string* out) {
    ++pos;  // opening quote
    while (true) {
      if (pos >= s.size()) return fail(kSyntax);
      unsigned char c = static_cast<unsigned char>(s[pos]);
      if (c == '"') {
        ++pos;
        return true;
      }
      if (c < 0x20) return fail(kCtrlChar);
      if (c != '\\') {
        out->push_back(char(c));
        ++pos;
        continue;
      }
      if (++pos >= s.size()) return fail(kSyntax);
      char e = s[pos++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          uint32_t cp;
          if (!hex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {
            uint32_t lo;
            if (s.substr(pos, 2) != "\\u") return fail(kUtf16);
            pos += 2;
            if (!hex4(&lo)) return false;
            if (lo < 0xDC00 || lo >= 0xE000) return fail(kUtf16);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            return fail(kUtf16);
          }
          utf8(cp, *out);
          break;
        }
        default:
          return fail(kSyntax);
      }
    }
  }
  bool number(Value* out) {
    size_t start = pos;
    if (s[pos] == '-') ++pos;
    if (pos >= s.size()) return fail(kSyntax);
    if (s[pos] == '0') {
      ++pos;
    } else if (s[pos] >= '1' && s[pos] <= '9') {
      while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
    } else {
      return fail(kSyntax);
    }
    bool is_float = false;
    if (pos < s.size() && s[pos] == '.') {
      is_float = true;
      ++pos;
      if (pos >= s.size() || !std::isdigit(static_cast<unsigned char>(s[pos])))
        return fail(kSyntax);
      while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
    }
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
      is_float = true;
      ++pos;
      if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
      if (pos >= s.size() || !std::isdigit(static_cast<unsigned char>(s[pos])))
        return fail(kSyntax);
      while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
    }
    std::string text(s.substr(start, pos - start));
    if (!is_float) {
      errno = 0;
      long long v = std::strtoll(text.c_str(), nullptr, 10);
      if (errno != ERANGE) {
        *out = Value::integer(v);
        return true;
      }
      if (bigint_string) {
        *out = Value::str(new_string(text));
        return true;
      }
    }
    *out = Value::number(std::strtod(text.c_str(), nullptr));
    return true;
  }
  bool value(Value* out, int64_t depth) {
    ws();
    if (pos >= s.size()) return fail(kSyntax);
    char c = s[pos];
    if (c == '{' || c == '[') {
      if (depth >= max_depth) return fail(kDepth);
      ++pos;
      bool obj = c == '{';
      Array* a = Array::make();
      ws();
      char close = obj ? '}' : ']';
      if (pos < s.size() && s[pos] == close) {
        ++pos;
      } else {
        while (true) {
          ws();
          std::string key;
          if (obj) {
            if (pos >= s.size() || s[pos] != '"') return fail(kSyntax);
            if (!string(&key)) return false;
            ws();
            if (pos >= s.size() || s[pos] != ':') return fail(kSyntax);
            ++pos;
          }
          Value v;
          if (!value(&v, depth + 1)) return false;
          if (!obj) {
            a->append(v);
          } else {
            Key k;
            int64_t i;
            k = string_is_int_key(key, &i) ? Key::integer(i) : Key::string(new_string(key));
            a->set(k, v);
          }
          ws();
          if (pos < s.size() && s[pos] == ',') {
            ++pos;
            continue;
          }
          if (pos < s.size() && s[pos] == close) {
            ++pos;
            break;
          }
          return fail(kSyntax);
        }
      }
      if (obj && !assoc) {
        // made after its members, as php numbers them (inner objects first)
        Object* o = vm.instantiate(vm.find_class("stdClass"));
        if (a->count) o->dyn = a;
        *out = Value::obj(o);
      } else {
        *out = Value::arr(a);
      }
      return true;
    }
    if (c == '"') {
      std::string str;
      if (!string(&str)) return false;
      *out = Value::str(new_string(str));
      return true;
    }
    if (c == 't') {
      *out = Value::boolean(true);
      return literal("true");
    }
    if (c == 'f') {
      *out = Value::boolean(false);
      return literal("false");
    }
    if (c == 'n') {
      *out = Value::null();
      return literal("null");
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(out);
    return fail(kSyntax);
  }
};

}  // namespace

WEFT_PHP_NATIVE(f_json_decode) {
  if (!check_arity(vm, "json_decode", argc, 1, 4)) return false;
  STR_ARG(s, "json_decode", 0)
  const Value& assoc_v = arg_at(args, argc, 1);
  int64_t flags = argc > 3 ? to_int(args[3]) : 0;
  bool assoc = assoc_v.tag == Tag::Null ? (flags & 1) != 0 : to_bool(assoc_v);
  int64_t depth = argc > 2 ? to_int(args[2]) : 512;
  if (depth <= 0)
    return vm.throw_error("ValueError",
                          "json_decode(): Argument #3 ($depth) must be greater than 0");
  Parser p{vm, s->view(), 0, assoc, (flags & 2) != 0, depth};
  Value v;
  bool ok = s->len > 0 && p.value(&v, 0);
  if (ok) {
    p.ws();
    if (p.pos != p.s.size()) ok = p.fail(kSyntax);
  } else if (s->len == 0) {
    p.error = kSyntax;
  }
  // JSON_THROW_ON_ERROR (4194304)
  if (!ok && (flags & 4194304)) {
    static const char* msgs[] = {
        "No error", "Maximum stack depth exceeded", "State mismatch (invalid or malformed JSON)",
        "Control character error, possibly incorrectly encoded", "Syntax error"};
    vm.throw_error("JsonException", p.error < 5 ? msgs[p.error] : "Syntax error");
    vm.set_prop(vm.exception, "code", Value::integer(p.error));
    return false;
  }
  g_last_error = ok ? kJsonOk : p.error;
  *ret = ok ? v : Value::null();
  return true;
}

WEFT_PHP_NATIVE(f_json_last_error) {
  *ret = Value::integer(g_last_error);
  return true;
}

WEFT_PHP_NATIVE(f_json_last_error_msg) {
  const char* m = "Unknown error";
  switch (g_last_error) {
    case kJsonOk:
      m = "No error";
      break;
    case kDepth:
      m = "Maximum stack depth exceeded";
      break;
    case kStateMismatch:
      m = "State mismatch (invalid or malformed JSON)";
      break;
    case kCtrlChar:
      m = "Control character error, possibly incorrectly encoded";
      break;
    case kSyntax:
      m = "Syntax error";
      break;
    case kUtf8:
      m = "Malformed UTF-8 characters, possibly incorrectly encoded";
      break;
    case kUtf16:
      m = "Single unpaired UTF-16 surrogate in unicode escape";
      break;
    case kRecursion:
      m = "Recursion detected";
      break;
    case kUnsupportedType:
      m = "Type is not supported";
      break;
  }
  *ret = Value::str(intern(m));
  return true;
}

void set_json_last_error(int64_t code) { g_last_error = code; }

void register_json_decode_builtins(VM& vm) {
  vm.register_native("json_decode", f_json_decode);
  vm.register_native("json_last_error", f_json_last_error);
  vm.register_native("json_last_error_msg", f_json_last_error_msg);
}

}  // namespace weft::php
