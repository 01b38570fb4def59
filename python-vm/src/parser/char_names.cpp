// Names come from ICU (which is newer than python3 3.11's Unicode 14.0: its later characters are
// left out); aliases from a table generated from python3, because ICU knows only the corrections.
#include "char_names.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace weft::python {

namespace {

struct Alias {
  const char* name;
  uint32_t cp;
};

constexpr Alias kAliases[] = {
#include "char_aliases.inc"
};

bool in_unicode_14(UChar32 c) {
  UVersionInfo age;
  u_charAge(c, age);
  return age[0] != 0 && age[0] <= 14;
}

}  // namespace

bool char_from_name(std::string_view name, uint32_t* cp) {
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  auto it = std::lower_bound(std::begin(kAliases), std::end(kAliases), upper,
                             [](const Alias& a, const std::string& n) { return a.name < n; });
  if (it != std::end(kAliases) && upper == it->name) {
    *cp = it->cp;
    return true;
  }
  UErrorCode err = U_ZERO_ERROR;
  UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, upper.c_str(), &err);
  if (U_FAILURE(err) || !in_unicode_14(c)) return false;
  *cp = static_cast<uint32_t>(c);
  return true;
}

}  // namespace weft::python
