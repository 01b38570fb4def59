// unicodedata over ICU (src/objects/unicode_db.h: Unicode 14.0, python3 3.11's version): names
// and lookup (also by alias), categories, numeric values, combining classes, bidirectional and
// East Asian width classes, decompositions and normalization (NFC, NFD, NFKC, NFKD), with
// python3's messages.
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <iterator>
#include <string>
#include <vector>

#include "../objects/layout_predicates.h"
#include "../objects/unicode_db.h"
#include "../parser/char_names.h"
#include "../vm/runtime.h"

namespace weft::python {

namespace {

// The one-character argument of `fn` (python3's TypeError otherwise). `numbered` functions say
// "argument 1" (they take a default too).
bool char_arg(const char* fn, Value* args, int64_t nargs, int64_t max_args, bool numbered,
              uint32_t* cp) {
  if (nargs < 1 || nargs > max_args) {
    raise_fmt(rt.TypeError, "%s() takes %s %lld argument%s (%lld given)", fn,
              max_args == 1 ? "exactly" : "at most", static_cast<long long>(max_args),
              max_args == 1 ? "" : "s", static_cast<long long>(nargs));
    return false;
  }
  Value v = args[0];
  if (!is_str(v) || v.as<Str>()->chars != 1) {
    raise_fmt(rt.TypeError, "%s() argument%s must be a unicode character, not %s", fn,
              numbered ? " 1" : "", type_name(v));
    return false;
  }
  int64_t n;
  *cp = utf8_decode_at(v.as<Str>()->data(), &n);
  return true;
}

Value u_name(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("name", args, nargs, 2, true, &cp)) return Value();
  char buf[256];
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = 0;
  if (unicode::assigned(cp))
    len = u_charName(static_cast<UChar32>(cp), U_UNICODE_CHAR_NAME, buf, sizeof buf, &err);
  if (U_FAILURE(err) || len <= 0) {
    if (nargs > 1) return args[1];
    return raise(rt.ValueError, "no such name");
  }
  return new_str(std::string_view(buf, static_cast<size_t>(len)));
}

Value u_lookup(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !is_str(args[0]))
    return raise_fmt(rt.TypeError, "lookup() argument must be str, not %s",
                     nargs ? type_name(args[0]) : "nothing");
  std::string name(args[0].as<Str>()->view());
  uint32_t cp = 0;
  if (!char_from_name(name, &cp)) {
    Value msg = new_str("undefined character name '" + name + "'");
    if (!msg) return msg;
    Value exc = call1(rt.KeyError, msg);
    return exc ? raise_value(exc) : exc;
  }
  char buf[4];
  int n = 0;
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return new_str(std::string_view(buf, static_cast<size_t>(n)));
}

Value u_category(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("category", args, nargs, 1, false, &cp)) return Value();
  return new_str(unicode::category(cp));
}

Value u_decimal(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("decimal", args, nargs, 2, true, &cp)) return Value();
  int d = unicode::decimal(cp);
  if (d >= 0) return Value::small(d);
  return nargs > 1 ? args[1] : raise(rt.ValueError, "not a decimal");
}

Value u_digit(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("digit", args, nargs, 2, true, &cp)) return Value();
  int d = unicode::digit(cp);
  if (d >= 0) return Value::small(d);
  return nargs > 1 ? args[1] : raise(rt.ValueError, "not a digit");
}

Value u_numeric(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("numeric", args, nargs, 2, true, &cp)) return Value();
  double v;
  if (unicode::numeric(cp, &v)) return new_float(v);
  return nargs > 1 ? args[1] : raise(rt.ValueError, "not a numeric character");
}

Value u_combining(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("combining", args, nargs, 1, false, &cp)) return Value();
  if (!unicode::assigned(cp)) return Value::small(0);
  return Value::small(u_getCombiningClass(static_cast<UChar32>(cp)));
}

Value u_mirrored(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("mirrored", args, nargs, 1, false, &cp)) return Value();
  if (!unicode::assigned(cp)) return Value::small(0);
  return Value::small(u_isMirrored(static_cast<UChar32>(cp)) ? 1 : 0);
}

Value u_bidirectional(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("bidirectional", args, nargs, 1, false, &cp)) return Value();
  if (!unicode::assigned(cp)) return new_str("");
  // in the order of ICU's UCharDirection
  static const char* const kNames[] = {"L",   "R",   "EN", "ES",  "ET",  "AN",  "CS",  "B",
                                       "S",   "WS",  "ON", "LRE", "LRO", "AL",  "RLE", "RLO",
                                       "PDF", "NSM", "BN", "FSI", "LRI", "RLI", "PDI"};
  int d = u_charDirection(static_cast<UChar32>(cp));
  return new_str(d >= 0 && d < static_cast<int>(std::size(kNames)) ? kNames[d] : "");
}

Value u_east_asian_width(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("east_asian_width", args, nargs, 1, false, &cp)) return Value();
  // in the order of ICU's UEastAsianWidth
  static const char* const kNames[] = {"N", "A", "H", "F", "Na", "W"};
  int w = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return new_str(w >= 0 && w < static_cast<int>(std::size(kNames)) ? kNames[w] : "N");
}

Value u_decomposition(Value, Value* args, int64_t nargs, Tuple*) {
  uint32_t cp;
  if (!char_arg("decomposition", args, nargs, 1, false, &cp)) return Value();
  // python3 leaves out the algorithmic decompositions of Hangul syllables
  if (!unicode::assigned(cp) || (cp >= 0xAC00 && cp < 0xD7A4)) return new_str("");
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* nfkd = unorm2_getNFKDInstance(&err);
  UChar raw[64];
  int32_t len = U_SUCCESS(err) ? unorm2_getRawDecomposition(nfkd, static_cast<UChar32>(cp), raw,
                                                            std::size(raw), &err)
                               : -1;
  if (U_FAILURE(err) || len < 0) return new_str("");
  // in the order of ICU's UDecompositionType (canonical ones have no tag)
  static const char* const kTags[] = {
      "",           "",          "<compat>",   "<circle>", "<final>",    "<font>",
      "<fraction>", "<initial>", "<isolated>", "<medial>", "<narrow>",   "<noBreak>",
      "<small>",    "<square>",  "<sub>",      "<super>",  "<vertical>", "<wide>"};
  int type = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_DECOMPOSITION_TYPE);
  std::string out = type >= 0 && type < static_cast<int>(std::size(kTags)) ? kTags[type] : "";
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U16_NEXT(raw, i, len, c);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
    if (!out.empty()) out += ' ';
    out += hex;
  }
  return new_str(out);
}

const UNormalizer2* normalizer(std::string_view form) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* n = form == "NFC"    ? unorm2_getNFCInstance(&err)
                          : form == "NFD"  ? unorm2_getNFDInstance(&err)
                          : form == "NFKC" ? unorm2_getNFKCInstance(&err)
                          : form == "NFKD" ? unorm2_getNFKDInstance(&err)
                                           : nullptr;
  return U_SUCCESS(err) ? n : nullptr;
}

bool to_utf16(Str* s, std::vector<UChar>& out) {
  out.resize(static_cast<size_t>(s->size) + 1);
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = 0;
  u_strFromUTF8WithSub(out.data(), static_cast<int32_t>(out.size()), &len, s->data(),
                       static_cast<int32_t>(s->size), 0xFFFD, nullptr, &err);
  out.resize(static_cast<size_t>(len));
  return U_SUCCESS(err);
}

// normalize(form, s) and is_normalized(form, s): the form and the text, or null with an error
bool norm_args(const char* fn, Value* args, int64_t nargs, const UNormalizer2** n,
               std::vector<UChar>& text) {
  if (nargs != 2) {
    raise_fmt(rt.TypeError, "%s expected 2 arguments, got %lld", fn, static_cast<long long>(nargs));
    return false;
  }
  for (int k = 0; k < 2; k++)
    if (!is_str(args[k])) {
      raise_fmt(rt.TypeError, "%s() argument %d must be str, not %s", fn, k + 1,
                type_name(args[k]));
      return false;
    }
  *n = normalizer(args[0].as<Str>()->view());
  if (!*n) {
    raise(rt.ValueError, "invalid normalization form");
    return false;
  }
  if (args[1].as<Str>()->size > INT32_MAX / 4) {
    rt.exc = rt.memory_error;
    return false;
  }
  if (!to_utf16(args[1].as<Str>(), text)) {
    raise(rt.ValueError, "cannot normalize this string");
    return false;
  }
  return true;
}

Value u_normalize(Value, Value* args, int64_t nargs, Tuple*) {
  const UNormalizer2* n;
  std::vector<UChar> text;
  if (!norm_args("normalize", args, nargs, &n, text)) return Value();
  if (args[1].as<Str>()->ascii) return args[1];  // ASCII is in every form
  UErrorCode err = U_ZERO_ERROR;
  std::vector<UChar> out(text.size() * 4 + 16);
  int32_t len = unorm2_normalize(n, text.data(), static_cast<int32_t>(text.size()), out.data(),
                                 static_cast<int32_t>(out.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    out.resize(static_cast<size_t>(len));
    err = U_ZERO_ERROR;
    len = unorm2_normalize(n, text.data(), static_cast<int32_t>(text.size()), out.data(),
                           static_cast<int32_t>(out.size()), &err);
  }
  if (U_FAILURE(err)) return raise(rt.ValueError, "cannot normalize this string");
  std::string utf8(static_cast<size_t>(len) * 3 + 1, '\0');
  int32_t ulen = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), static_cast<int32_t>(utf8.size()), &ulen, out.data(), len, &err);
  if (U_FAILURE(err)) return raise(rt.ValueError, "cannot normalize this string");
  utf8.resize(static_cast<size_t>(ulen));
  return new_str(utf8);
}

Value u_is_normalized(Value, Value* args, int64_t nargs, Tuple*) {
  const UNormalizer2* n;
  std::vector<UChar> text;
  if (!norm_args("is_normalized", args, nargs, &n, text)) return Value();
  UErrorCode err = U_ZERO_ERROR;
  UBool r = unorm2_isNormalized(n, text.data(), static_cast<int32_t>(text.size()), &err);
  return U_SUCCESS(err) && r ? rt.True : rt.False;
}

}  // namespace

PyModule* make_unicodedata_module() {
  PyModule* m = new_native_module("unicodedata");
  if (!m) return nullptr;
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"name", u_name},
             {"lookup", u_lookup},
             {"category", u_category},
             {"decimal", u_decimal},
             {"digit", u_digit},
             {"numeric", u_numeric},
             {"combining", u_combining},
             {"mirrored", u_mirrored},
             {"bidirectional", u_bidirectional},
             {"east_asian_width", u_east_asian_width},
             {"decomposition", u_decomposition},
             {"normalize", u_normalize},
             {"is_normalized", u_is_normalized}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  dict_set_str(m->dict, intern("unidata_version"), new_str(unicode::kVersion));
  return m;
}

}  // namespace weft::python
