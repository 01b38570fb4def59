// Attribute dicts of instances of user subclasses of int/float/str/bytes/tuple (see the header).
#include "objects/value_attrs.h"

#include <cstring>

namespace weft::python {

BigInt* new_int_sub(Type* t) {
  BigIntSub* b = alloc<BigIntSub>(t);
  if (!b) return nullptr;
  mpz_init(b->z);
  return b;
}

Float* new_float_sub(Type* t, double v) {
  FloatSub* f = alloc<FloatSub>(t);
  if (!f) return nullptr;
  f->v = v;
  return f;
}

Str* new_str_sub(Type* t, std::string_view bytes, bool is_bytes) {
  int64_t n = static_cast<int64_t>(bytes.size());
  StrSub* s = alloc<StrSub>(t, StrSub::field_offset(n) + sizeof(gc::Field<Dict>));
  if (!s) return nullptr;
  s->size = n;
  std::memcpy(s->data(), bytes.data(), bytes.size());
  if (is_bytes) {
    s->chars = n;
    s->ascii = true;
  } else {
    str_finish(s);
  }
  return s;
}

Tuple* new_tuple_sub(Type* t, int64_t size) {
  TupleSub* r =
      alloc<TupleSub>(t, static_cast<size_t>(size) * sizeof(VField) + sizeof(gc::Field<Dict>));
  if (!r) return nullptr;
  r->size = size;
  return r;
}

Iter* new_iter_sub(Type* t, Iter* from) {
  IterSub* it = alloc<IterSub>(t);
  if (!it) return nullptr;
  it->kind = from->kind;
  it->index = from->index;
  it->end = from->end;
  it->step = from->step;
  it->a = from->a;
  it->b = from->b;
  it->c = from->c;
  return it;
}

gc::Field<Dict>* value_attrs(Value obj) {
  if (!obj.is_ptr()) return nullptr;
  Type* t = obj.obj()->type;
  if (t->builtin) return nullptr;
  switch (t->layout) {
    case Layout::Int:
      return &obj.as<BigIntSub>()->attrs;
    case Layout::Float:
      return &obj.as<FloatSub>()->attrs;
    case Layout::Str:
    case Layout::Bytes:
      return &obj.as<StrSub>()->attrs();
    case Layout::Tuple:
      return &obj.as<TupleSub>()->attrs();
    case Layout::Iter:
      return &obj.as<IterSub>()->attrs;
    default:
      return nullptr;
  }
}

}  // namespace weft::python
