// Unicode properties from ICU, limited to Unicode 14.0 (what python3 3.11 knows): ICU 72 has
// Unicode 15.0, whose new characters (age 15) are reported as unassigned.
#include "objects/unicode_db.h"

#include <unicode/casemap.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>

#include "vm/runtime.h"

namespace weft::python::unicode {

const char* const kVersion = "14.0.0";

bool assigned(uint32_t cp) {
  if (cp > 0x10FFFF) return false;
  UChar32 c = static_cast<UChar32>(cp);
  if (u_charType(c) == U_UNASSIGNED) return false;
  UVersionInfo age;
  u_charAge(c, age);
  return age[0] < 14 || (age[0] == 14 && age[1] == 0);
}

const char* category(uint32_t cp) {
  // in the order of ICU's UCharCategory
  static const char* const kNames[U_CHAR_CATEGORY_COUNT] = {
      "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp",
      "Cc", "Cf", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
  if (!assigned(cp)) return "Cn";
  return kNames[u_charType(static_cast<UChar32>(cp))];
}

bool printable(uint32_t cp) {
  if (cp == ' ') return true;
  if (!assigned(cp)) return false;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return false;
    default:
      return true;
  }
}

bool is_space(uint32_t cp) {
  if (cp > 0x10FFFF) return false;
  UChar32 c = static_cast<UChar32>(cp);
  UCharDirection d = u_charDirection(c);
  return d == U_WHITE_SPACE_NEUTRAL || d == U_BLOCK_SEPARATOR || d == U_SEGMENT_SEPARATOR ||
         u_charType(c) == U_SPACE_SEPARATOR;
}

int decimal(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!assigned(cp)) return -1;
  UChar32 c = static_cast<UChar32>(cp);
  if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_DECIMAL) return -1;
  return u_charDigitValue(c);
}

int digit(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!assigned(cp)) return -1;
  UChar32 c = static_cast<UChar32>(cp);
  int type = u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE);
  if (type != U_NT_DECIMAL && type != U_NT_DIGIT) return -1;
  return static_cast<int>(u_getNumericValue(c));
}

bool numeric(uint32_t cp, double* value) {
  if (!assigned(cp)) return false;
  UChar32 c = static_cast<UChar32>(cp);
  if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) == U_NT_NONE) return false;
  double v = u_getNumericValue(c);
  if (v == U_NO_NUMERIC_VALUE) return false;
  *value = v;
  return true;
}

namespace {

// Unicode 15.0 made these modifier letters of 14.0 Other_Lowercase (so Lowercase and Cased):
// U+10FC, U+A7F2..U+A7F4, U+AB69.
bool lowercase_since_15(uint32_t cp) {
  return cp == 0x10FC || (cp >= 0xA7F2 && cp <= 0xA7F4) || cp == 0xAB69;
}

bool has_property(uint32_t cp, UProperty p) {
  if ((p == UCHAR_LOWERCASE || p == UCHAR_CASED) && lowercase_since_15(cp)) return false;
  return assigned(cp) && u_hasBinaryProperty(static_cast<UChar32>(cp), p);
}

}  // namespace

bool is_cased(uint32_t cp) { return has_property(cp, UCHAR_CASED); }
bool is_case_ignorable(uint32_t cp) { return has_property(cp, UCHAR_CASE_IGNORABLE); }
bool is_lowercase(uint32_t cp) { return has_property(cp, UCHAR_LOWERCASE); }
bool is_uppercase(uint32_t cp) { return has_property(cp, UCHAR_UPPERCASE); }
bool is_xid_start(uint32_t cp) { return has_property(cp, UCHAR_XID_START); }
bool is_xid_continue(uint32_t cp) { return has_property(cp, UCHAR_XID_CONTINUE); }

bool is_titlecase(uint32_t cp) {
  return assigned(cp) && u_charType(static_cast<UChar32>(cp)) == U_TITLECASE_LETTER;
}

bool is_alpha(uint32_t cp) {
  if (!assigned(cp)) return false;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return false;
  }
}

void append_case_mapped(uint32_t cp, CaseMapping m, std::string& out) {
  if (!assigned(cp)) {
    utf8_encode(out, cp);
    return;
  }
  // ICU's string functions on the one character, in the root locale: its full mappings
  // without language rules (Turkish dotless i, Lithuanian accents)
  UChar src[2], dst[8];
  int32_t n = 0;
  U16_APPEND_UNSAFE(src, n, static_cast<UChar32>(cp));
  UErrorCode err = U_ZERO_ERROR;
  int32_t len = 0;
  switch (m) {
    case CaseMapping::kUpper:
      len = icu::CaseMap::toUpper("", 0, src, n, dst, 8, nullptr, err);
      break;
    case CaseMapping::kLower:
      len = icu::CaseMap::toLower("", 0, src, n, dst, 8, nullptr, err);
      break;
    case CaseMapping::kTitle:
      // the whole (one-character) string is one word whose first character is this one
      len = icu::CaseMap::toTitle(
          "", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT | U_TITLECASE_NO_LOWERCASE,
          nullptr, src, n, dst, 8, nullptr, err);
      break;
    case CaseMapping::kFold:
      len = icu::CaseMap::fold(U_FOLD_CASE_DEFAULT, src, n, dst, 8, nullptr, err);
      break;
  }
  if (U_FAILURE(err)) {
    utf8_encode(out, cp);
    return;
  }
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U16_NEXT_UNSAFE(dst, i, c);
    utf8_encode(out, static_cast<uint32_t>(c));
  }
}

std::string ascii_digits(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out += utf8[i++];
      continue;
    }
    int64_t n = 1;
    uint32_t cp = utf8_decode_at(utf8.data() + i, &n);
    int d = decimal(cp);
    if (d >= 0)
      out += static_cast<char>('0' + d);
    else if (is_space(cp))
      out += ' ';
    else
      out.append(utf8.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
  }
  return out;
}

}  // namespace weft::python::unicode
