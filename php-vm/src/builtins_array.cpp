#include "builtins.h"

namespace weft::php {

void register_array_builtins(VM& vm) { (void)vm; }

}  // namespace weft::php
