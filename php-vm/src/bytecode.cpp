// Names of the bytecode instructions (dumps and diagnostics).
#include "weft/php/bytecode.h"

namespace weft::php {

const char* op_name(Op op) {
  static const char* const names[] = {
#define WEFT_PHP_OP_NAME(o) #o,
      WEFT_PHP_OPS(WEFT_PHP_OP_NAME)
#undef WEFT_PHP_OP_NAME
  };
  return names[int(op)];
}

}  // namespace weft::php
