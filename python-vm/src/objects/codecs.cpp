// Text encodings: str.encode / bytes.decode for UTF-8, ASCII, Latin-1, raw_unicode_escape and
// unicode_escape with the error handlers strict, ignore, replace, backslashreplace (and
// xmlcharrefreplace for encoding), with CPython's UnicodeEncodeError / UnicodeDecodeError
// messages. Other codecs raise LookupError.
#include <cstdio>
#include <string>
#include <vector>

#include "objects/layout_predicates.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

enum class Codec { Utf8, Ascii, Latin1, RawUnicodeEscape, UnicodeEscape, Unknown };

Codec codec_of(std::string_view name, const char** canonical) {
  std::string n;
  for (char c : name)
    n += c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") {
    *canonical = "utf-8";
    return Codec::Utf8;
  }
  if (n == "ascii" || n == "us-ascii" || n == "646") {
    *canonical = "ascii";
    return Codec::Ascii;
  }
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" ||
      n == "8859" || n == "cp819" || n == "latin") {
    *canonical = "latin-1";
    return Codec::Latin1;
  }
  if (n == "raw-unicode-escape") {
    *canonical = "rawunicodeescape";
    return Codec::RawUnicodeEscape;
  }
  if (n == "unicode-escape") {
    *canonical = "unicodeescape";
    return Codec::UnicodeEscape;
  }
  return Codec::Unknown;
}

std::string char_escape(uint32_t cp) {
  char buf[16];
  if (cp < 0x100)
    std::snprintf(buf, sizeof buf, "\\x%02x", cp);
  else if (cp < 0x10000)
    std::snprintf(buf, sizeof buf, "\\u%04x", cp);
  else
    std::snprintf(buf, sizeof buf, "\\U%08x", cp);
  return buf;
}

// raises `type` (UnicodeEncodeError or UnicodeDecodeError) with CPython's five arguments
Value raise_unicode_error(Type* type, const char* encoding, Value object, int64_t start,
                          int64_t end, const char* reason) {
  if (!object) return object;
  Value args[5] = {new_str(encoding), object, new_int(start), new_int(end), new_str(reason)};
  Value exc = call(type, args, 5);
  return exc ? raise_value(exc) : exc;
}

bool known_handler(std::string_view errors, bool encoding) {
  return errors == "strict" || errors == "ignore" || errors == "replace" ||
         errors == "backslashreplace" || errors == "surrogatepass" || errors == "surrogateescape" ||
         (encoding && errors == "xmlcharrefreplace");
}

Value unknown_handler(std::string_view errors) {
  return raise_fmt(rt.LookupError, "unknown error handler name '%s'", std::string(errors).c_str());
}

// The length of a valid UTF-8 sequence at p (bytes left: n), or 0 with *reason and *bad (how
// many bytes the invalid part covers), classified like CPython's decoder.
int utf8_check(const unsigned char* p, size_t n, const char** reason, size_t* bad) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  int len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    *bad = 1;
    return 0;
  }
  for (int k = 1; k < len; k++) {
    if (static_cast<size_t>(k) >= n) {
      *reason = "unexpected end of data";
      *bad = n;
      return 0;
    }
    unsigned char b = p[k];
    bool ok = k == 1 ? b >= lo && b <= hi : b >= 0x80 && b <= 0xBF;
    if (!ok) {
      *reason = "invalid continuation byte";
      *bad = static_cast<size_t>(k);
      return 0;
    }
  }
  return len;
}

// raw_unicode_escape (raw: only characters past U+00FF escaped, as \\uXXXX / \\UXXXXXXXX) and
// unicode_escape (a Python string literal's body: also backslashes, control and non-ASCII
// characters)
Value escape_encode(Str* s, bool raw) {
  std::string out;
  std::string_view v = s->view();
  for (size_t i = 0; i < v.size();) {
    int64_t n;
    uint32_t cp = utf8_decode_at(v.data() + i, &n);
    i += static_cast<size_t>(n);
    if (raw) {
      if (cp < 0x100)
        out += static_cast<char>(cp);
      else
        out += char_escape(cp);
      continue;
    }
    if (cp == '\\')
      out += "\\\\";
    else if (cp == '\t')
      out += "\\t";
    else if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (cp < 0x20 || cp >= 0x7f)
      out += char_escape(cp);
    else
      out += static_cast<char>(cp);
  }
  return new_bytes(out);
}

int hex_digit(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c |= 0x20;
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

// The decoders of escape_encode's output (and of any Python string literal's body for
// unicode_escape); bytes that are not part of an escape are Latin-1 characters.
Value escape_decode(std::string_view heap_data, bool raw, const char* name,
                    std::string_view errors) {
  // a copy: \\N{...} and the warning run Python code, which may move the bytes object
  std::string copy(heap_data), errors_copy(errors);
  std::string_view data = copy;
  errors = errors_copy;
  std::string out;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  // an invalid escape from `start` to `end`: raised (strict) or replaced/dropped
  auto fail = [&](size_t start, size_t end, const char* reason) {
    if (errors == "strict" || errors == "surrogatepass") {
      raise_unicode_error(rt.UnicodeDecodeError, name, new_bytes(data), static_cast<int64_t>(start),
                          static_cast<int64_t>(end), reason);
      return false;
    }
    if (errors == "replace") {
      utf8_encode(out, 0xFFFD);
    } else if (errors == "backslashreplace") {
      for (size_t k = start; k < end; k++) out += char_escape(p[k]);
    }
    return true;
  };
  // \\x, \\u or \\U with `digits` hex digits after p[i] (the letter); the position after it
  auto hex_escape = [&](size_t start, size_t i, int digits, const char* truncated,
                        const char* range, size_t* next) {
    uint32_t cp = 0;
    size_t k = i + 1;
    for (int d = 0; d < digits; d++, k++) {
      int h = k < n ? hex_digit(p[k]) : -1;
      if (h < 0) {
        *next = k;
        return fail(start, k, truncated);
      }
      cp = cp * 16 + static_cast<uint32_t>(h);
    }
    *next = k;
    if (cp > 0x10FFFF) return fail(start, k, range);
    utf8_encode(out, cp);
    return true;
  };
  bool warned = false;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c != '\\') {
      utf8_encode(out, c);
      i++;
      continue;
    }
    if (raw) {
      // \\u escapes count only after an odd number of backslashes
      size_t run = 0;
      while (i + run < n && p[i + run] == '\\') run++;
      out.append(run - 1, '\\');
      size_t last = i + run - 1;
      i = last + 1;
      if (run % 2 == 0 || i >= n || (p[i] != 'u' && p[i] != 'U')) {
        out += '\\';
        continue;
      }
      bool wide = p[i] == 'U';
      if (!hex_escape(last, i, wide ? 8 : 4,
                      wide ? "truncated \\UXXXXXXXX escape" : "truncated \\uXXXX escape",
                      "\\Uxxxxxxxx out of range", &i))
        return Value();
      continue;
    }
    size_t start = i++;
    if (i >= n) {
      if (!fail(start, n, "\\ at end of string")) return Value();
      break;
    }
    unsigned char e = p[i++];
    // the one-letter escapes of a string literal and the characters they stand for
    constexpr std::string_view letters = "\\'\"abfnrtv", values = "\\'\"\a\b\f\n\r\t\v";
    if (size_t k = letters.find(static_cast<char>(e)); k != std::string_view::npos) {
      out += values[k];
      continue;
    }
    switch (e) {
      case '\n':  // a backslash-newline continues the line
        break;
      case 'x':
      case 'u':
      case 'U': {
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        const char* truncated = e == 'x'   ? "truncated \\xXX escape"
                                : e == 'u' ? "truncated \\uXXXX escape"
                                           : "truncated \\UXXXXXXXX escape";
        if (!hex_escape(start, i - 1, digits, truncated, "illegal Unicode character", &i))
          return Value();
        break;
      }
      case 'N': {
        size_t close = i < n && p[i] == '{' ? data.find('}', i) : std::string_view::npos;
        if (close == std::string_view::npos || close == i + 1) {
          if (!fail(start, close == std::string_view::npos ? n : close + 1,
                    "malformed \\N character escape"))
            return Value();
          i = close == std::string_view::npos ? n : close + 1;
          break;
        }
        Value ud = import_module(intern("unicodedata"));
        Value lookup = ud ? getattr(ud, intern("lookup")) : Value();
        if (!lookup) return lookup;
        Value ch = call1(lookup, new_str(data.substr(i + 1, close - i - 1)));
        if (!ch) {
          if (!pending_is(rt.KeyError)) return ch;
          clear_exc();
          if (!fail(start, close + 1, "unknown Unicode character name")) return Value();
        } else {
          out += ch.as<Str>()->view();
        }
        i = close + 1;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          uint32_t cp = e - '0';
          for (int d = 0; d < 2 && i < n && p[i] >= '0' && p[i] <= '7'; d++)
            cp = cp * 8 + (p[i++] - '0');
          utf8_encode(out, cp);
        } else {
          // kept as it is, with CPython's warning for the first one
          if (!warned) {
            warned = true;
            char msg[40];
            std::snprintf(msg, sizeof msg, "invalid escape sequence '\\%c'", e);
            Value warnings = import_module(intern("warnings"));
            Value warn = warnings ? getattr(warnings, intern("warn")) : Value();
            if (!warn || !call2(warn, new_str(msg), rt.DeprecationWarning)) return Value();
          }
          out += '\\';
          utf8_encode(out, e);
        }
    }
  }
  return new_str(out);
}

}  // namespace

namespace {

bool has_surrogate(std::string_view utf8) {
  for (size_t i = 0; i + 1 < utf8.size(); i++)
    if (static_cast<unsigned char>(utf8[i]) == 0xED &&
        static_cast<unsigned char>(utf8[i + 1]) >= 0xA0)
      return true;
  return false;
}

}  // namespace

namespace {

// A codec weft does not implement in C++ (utf-16, utf-32, cp1252, ...): the codec registry's
// (lib/_codecs.py over CPython's encodings package), with str.encode's and bytes.decode's checks
// that it is a text encoding giving bytes or str.
Value registry_codec(Value input, std::string_view encoding, std::string_view errors,
                     bool encoding_direction) {
  const char* verb = encoding_direction ? "encode" : "decode";
  Value codecs = import_module(intern("_codecs"));
  Value lookup = codecs ? getattr(codecs, intern("lookup")) : Value();
  Value enc = lookup ? new_str(encoding) : Value();
  Value info = enc ? call1(lookup, enc) : Value();
  if (!info) return info;
  Value is_text = getattr(info, intern("_is_text_encoding"));
  if (!is_text)
    clear_exc();
  else if (is_text == Value(rt.False))
    return raise_fmt(rt.LookupError,
                     "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
                     std::string(encoding).c_str(), verb);
  Value fn = getitem(info, Value::small(encoding_direction ? 0 : 1));
  Value err = fn ? new_str(errors) : Value();
  Value r = err ? call2(fn, input, err) : Value();
  if (!r) return r;
  if (!r.is_ptr() || r.obj()->type != rt.tuple_type || r.as<Tuple>()->size != 2)
    return raise_fmt(rt.TypeError, "%s must return a tuple (object, integer)",
                     encoding_direction ? "encoder" : "decoder");
  Value out = r.as<Tuple>()->at(0);
  if (encoding_direction ? !is_bytes(out) : !is_str(out))
    return raise_fmt(rt.TypeError,
                     "'%s' %s returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary "
                     "types",
                     std::string(encoding).c_str(), encoding_direction ? "encoder" : "decoder",
                     type_name(out), encoding_direction ? "bytes" : "str", verb, verb);
  return out;
}

}  // namespace

Value codec_encode(Str* s, std::string_view encoding, std::string_view errors) {
  const char* name = nullptr;
  Codec codec = codec_of(encoding, &name);
  if (codec == Codec::Unknown) return registry_codec(s, encoding, errors, true);
  if (codec == Codec::RawUnicodeEscape || codec == Codec::UnicodeEscape)
    return escape_encode(s, codec == Codec::RawUnicodeEscape);
  if (s->ascii || (codec == Codec::Utf8 && !has_surrogate(s->view()))) return new_bytes(s->view());
  if (!known_handler(errors, true)) return unknown_handler(errors);
  // UTF-8 encodes all but the surrogates (U+D800..U+DFFF, kept as 3 bytes in weft's strings)
  uint32_t limit = codec == Codec::Utf8 ? 0x110000 : codec == Codec::Ascii ? 0x80 : 0x100;
  auto encodable = [&](uint32_t cp) { return cp < limit && (cp < 0xD800 || cp > 0xDFFF); };
  std::string out;
  std::string_view v = s->view();
  int64_t pos = 0;
  for (size_t i = 0; i < v.size(); pos++) {
    int64_t n;
    uint32_t cp = utf8_decode_at(v.data() + i, &n);
    i += static_cast<size_t>(n);
    if (encodable(cp)) {
      if (cp < 0x80)
        out += static_cast<char>(cp);
      else if (codec == Codec::Utf8)
        utf8_encode(out, cp);
      else
        out += static_cast<char>(cp);
      continue;
    }
    if (errors == "surrogateescape" && cp >= 0xDC80 && cp <= 0xDCFF) {
      out += static_cast<char>(cp - 0xDC00);  // the byte it stands for
      continue;
    }
    if (errors == "surrogatepass" && codec == Codec::Utf8) {
      utf8_encode(out, cp);
      continue;
    }
    if (errors == "strict" || errors == "surrogatepass" || errors == "surrogateescape") {
      // CPython reports the whole run of unencodable characters
      int64_t end = pos + 1;
      size_t j = i;
      while (j < v.size()) {
        int64_t m;
        uint32_t c2 = utf8_decode_at(v.data() + j, &m);
        if (encodable(c2) || (errors == "surrogateescape" && c2 >= 0xDC80 && c2 <= 0xDCFF)) break;
        j += static_cast<size_t>(m);
        end++;
      }
      return raise_unicode_error(rt.UnicodeEncodeError, name, s, pos, end,
                                 codec == Codec::Utf8 ? "surrogates not allowed"
                                 : limit == 0x80      ? "ordinal not in range(128)"
                                                      : "ordinal not in range(256)");
    }
    if (errors == "replace") {
      out += '?';
    } else if (errors == "backslashreplace") {
      out += char_escape(cp);
    } else if (errors == "xmlcharrefreplace") {
      out += "&#" + std::to_string(cp) + ";";
    }
  }
  return new_bytes(out);
}

Value codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  const char* name = nullptr;
  Codec codec = codec_of(encoding, &name);
  if (codec == Codec::Unknown) {
    Value b = new_bytes(data);
    return b ? registry_codec(b, encoding, errors, false) : b;
  }
  if (codec == Codec::RawUnicodeEscape || codec == Codec::UnicodeEscape) {
    if (!known_handler(errors, false)) return unknown_handler(errors);
    return escape_decode(data, codec == Codec::RawUnicodeEscape, name, errors);
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  size_t n = data.size();
  if (codec != Codec::Latin1) {  // valid input (the usual case) is the string's own UTF-8
    size_t i = 0;
    const char* reason;
    size_t bad;
    while (i < n) {
      if (p[i] < 0x80) {
        i++;
        continue;
      }
      if (codec == Codec::Ascii) break;
      int len = utf8_check(p + i, n - i, &reason, &bad);
      if (len == 0) break;
      i += static_cast<size_t>(len);
    }
    if (i == n) return new_str(data);
    // as CPython, the handler is looked up at the first error
    if (!known_handler(errors, false)) return unknown_handler(errors);
  }
  std::string out;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      i++;
      continue;
    }
    if (codec == Codec::Latin1) {
      utf8_encode(out, c);
      i++;
      continue;
    }
    const char* reason = "ordinal not in range(128)";
    size_t bad = 1;
    if (codec == Codec::Utf8) {
      int len = utf8_check(p + i, n - i, &reason, &bad);
      // surrogatepass: an encoded surrogate (ED A0..BF xx) decodes to the surrogate, which
      // weft's strings keep in the same three bytes
      if (len == 0 && errors == "surrogatepass" && c == 0xED && n - i >= 3 && p[i + 1] >= 0xA0 &&
          p[i + 1] <= 0xBF && p[i + 2] >= 0x80 && p[i + 2] <= 0xBF)
        len = 3;
      if (len > 0) {
        out.append(reinterpret_cast<const char*>(p + i), static_cast<size_t>(len));
        i += static_cast<size_t>(len);
        continue;
      }
    }
    if (errors == "surrogateescape") {  // each undecodable byte b as U+DC00+b
      for (size_t k = 0; k < bad; k++) utf8_encode(out, 0xDC00 + p[i + k]);
      i += bad;
      continue;
    }
    if (errors == "strict" || errors == "surrogatepass") {
      std::string copy(data);  // `data` may be inside a heap object
      return raise_unicode_error(rt.UnicodeDecodeError, name, new_bytes(copy),
                                 static_cast<int64_t>(i), static_cast<int64_t>(i + bad), reason);
    }
    if (errors == "replace") {
      utf8_encode(out, 0xFFFD);
    } else if (errors == "backslashreplace") {
      for (size_t k = 0; k < bad; k++) out += char_escape(p[i + k]);
    }
    i += bad;
  }
  return new_str(out);
}

}  // namespace weft::python

namespace weft::python {

// str() of a UnicodeEncodeError/DecodeError/TranslateError made with CPython's arguments
// (encoding, object, start, end, reason; no encoding for TranslateError): CPython's message.
// False for other arguments (str() of the args as for any exception).
bool unicode_error_str(Exception* e, Value* out) {
  Tuple* a = e->args;
  bool translate = isinstance(e, rt.UnicodeTranslateError);
  int64_t k = translate ? 0 : 1;
  if (!a || a->size != 4 + k || (!translate && !is_str(a->at(0))) || !is_int(a->at(k + 1)) ||
      !is_int(a->at(k + 2)) || !is_str(a->at(k + 3)))
    return false;
  Value object = a->at(k);
  int64_t start, end;
  if (!int_to_int64(a->at(k + 1), &start) || !int_to_int64(a->at(k + 2), &end)) return false;
  std::string enc = translate ? "" : std::string(a->at(0).as<Str>()->view());
  std::string reason(a->at(k + 3).as<Str>()->view());
  char buf[160];
  bool decode = isinstance(e, rt.UnicodeDecodeError);
  if (decode) {
    if (!object.is_ptr() || object.obj()->type->layout != Layout::Bytes) return false;
    Str* b = object.as<Str>();
    if (end == start + 1 && start >= 0 && start < b->size)
      std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %lld: ",
                    static_cast<unsigned char>(b->data()[start]), static_cast<long long>(start));
    else
      std::snprintf(buf, sizeof buf,
                    "can't decode bytes in position %lld-%lld: ", static_cast<long long>(start),
                    static_cast<long long>(end - 1));
  } else {
    if (!is_str(object)) return false;
    Str* s = object.as<Str>();
    const char* what = translate ? "translate" : "encode";
    if (end == start + 1 && start >= 0 && start < s->chars) {
      std::vector<uint32_t> cps = str_codepoints(s);
      std::snprintf(buf, sizeof buf, "can't %s character '%s' in position %lld: ", what,
                    char_escape(cps[static_cast<size_t>(start)]).c_str(),
                    static_cast<long long>(start));
    } else {
      std::snprintf(buf, sizeof buf, "can't %s characters in position %lld-%lld: ", what,
                    static_cast<long long>(start), static_cast<long long>(end - 1));
    }
  }
  std::string msg = translate ? "" : "'" + enc + "' codec ";
  *out = new_str(msg + buf + reason);
  return true;
}

}  // namespace weft::python
