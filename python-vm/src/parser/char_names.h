// Characters by name, as python3 3.11 finds them for "\N{...}" and unicodedata.lookup().
#pragma once

#include <cstdint>
#include <string_view>

namespace weft::python {

// The Unicode 14.0 character called `name` (its name or any alias of NameAliases.txt; case does
// not matter, as in CPython). False for unknown names and for named sequences.
bool char_from_name(std::string_view name, uint32_t* cp);

}  // namespace weft::python
