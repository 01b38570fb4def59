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
// Case, as python3's str methods see it (Unicode 14.0's derived properties):
bool is_cased(uint32_t cp);           // Cased
bool is_case_ignorable(uint32_t cp);  // Case_Ignorable
bool is_lowercase(uint32_t cp);       // Lowercase (str.islower)
bool is_uppercase(uint32_t cp);       // Uppercase (str.isupper)
bool is_titlecase(uint32_t cp);       // general category Lt
bool is_alpha(uint32_t cp);           // general categories Lu, Ll, Lt, Lm, Lo (str.isalpha)
bool is_xid_start(uint32_t cp);       // XID_Start (str.isidentifier)
bool is_xid_continue(uint32_t cp);    // XID_Continue
// Full case mappings: SpecialCasing's unconditional ones (one character may become up to
// three: 'ß'.upper() is 'SS'), case folding with CaseFolding's C and F entries. The mapping
// of cp is appended to `out` as UTF-8; characters after Unicode 14.0 map to themselves. The
// final-sigma rule of lower() depends on context and is the caller's.
enum class CaseMapping { kUpper, kLower, kTitle, kFold };
void append_case_mapped(uint32_t cp, CaseMapping m, std::string& out);
// `utf8` with decimal digits as ASCII digits and white space as ' ' (int() and float() accept
// any Unicode decimal digits and spaces)
std::string ascii_digits(std::string_view utf8);

}  // namespace weft::python::unicode
