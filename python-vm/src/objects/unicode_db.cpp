// Unicode properties from ICU, limited to Unicode 14.0 (what python3 3.11 knows): ICU 72 has
// Unicode 15.0, whose new characters (age 15) are reported as unassigned.
#include "objects/unicode_db.h"

#include <unicode/uchar.h>

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
