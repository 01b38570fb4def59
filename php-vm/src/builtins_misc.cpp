#include "builtins.h"

namespace weft::php {

void register_misc_builtins(VM& vm) { (void)vm; }

}  // namespace weft::php
