#include "builtins.h"

namespace weft::php {

void register_math_builtins(VM& vm) { (void)vm; }

}  // namespace weft::php
