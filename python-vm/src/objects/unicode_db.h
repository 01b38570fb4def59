// Unicode character properties as python3 3.11's unicodedata has them (Unicode 14.0), read from
// ICU (libicu-dev): ICU's newer characters count as unassigned. Used by str's predicates and
// repr, int()/float() of non-ASCII digits, and the unicodedata module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace weft::python::unicode {

extern const char* const kVersion;  // "14.0.0", unicodedata.unidata_version
bool assigned(uint32_t cp);         // a character of Unicode 14.0
const char* category(uint32_t cp);  // general category: "Lu", "Nd", ...; "Cn" if unassigned
// str.isprintable's rule (what repr leaves unescaped): not in the categories Cc, Cf, Cs, Co,
// Cn, Zl, Zp, Zs, except the space
bool printable(uint32_t cp);
bool is_space(uint32_t cp);  // str.isspace: bidirectional class WS, B or S, or category Zs
int decimal(uint32_t cp);    // the decimal digit's value, or -1 (str.isdecimal)
int digit(uint32_t cp);      // the digit's value (decimal or not), or -1 (str.isdigit)
bool numeric(uint32_t cp, double* value);  // a numeric value (str.isnumeric)
// `utf8` with decimal digits as ASCII digits and white space as ' ' (int() and float() accept
// any Unicode decimal digits and spaces)
std::string ascii_digits(std::string_view utf8);

}  // namespace weft::python::unicode
