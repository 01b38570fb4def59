#include "builtins.h"

namespace weft::php {

void register_string_builtins(VM& vm) { (void)vm; }

}  // namespace weft::php
