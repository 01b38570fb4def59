// WEFT_IMMUTABLE_FIELDS naming a field its type does not have.
#include "weft/jit/hints.h"

struct Code {
  const char* bytes;
  long length;
};
WEFT_IMMUTABLE_FIELDS(Code, bytes[*], size);
extern "C" long code_length(const Code* c) { return c->length; }
