// Attribute dicts of instances of user subclasses of int, float, str, bytes, tuple and the
// iterator types (an IntEnum member, a `class P(tuple)` instance with `self.x = 1`, a
// `class E(enumerate)` instance). Internal to python-vm.
//
// Such an instance is made by new_value_instance as one of the structs below: the built-in
// struct plus a dict field, under its own collector type, so plain ints, floats, strs and
// tuples keep their size and tracing. The field follows the fixed part (int, float) or the
// variable part (the bytes of a str, the items of a tuple). Only objects whose type is a user
// class are made this way, so the type says which struct an object is.
#pragma once

#include "vm/runtime.h"

namespace weft::python {

struct BigIntSub : BigInt {
  static constexpr const char* gc_name = "py.bigint.sub";
  gc::Field<Dict> attrs;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(attrs);
  }
};

struct FloatSub : Float {
  static constexpr const char* gc_name = "py.float.sub";
  gc::Field<Dict> attrs;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(attrs);
  }
};

// Never a `shared` str: its bytes (NUL-terminated), then the dict field, 8-byte aligned.
struct StrSub : Str {
  static constexpr const char* gc_name = "py.str.sub";
  static size_t field_offset(int64_t size) {
    return (static_cast<size_t>(size) + 1 + 7) & ~size_t{7};
  }
  gc::Field<Dict>& attrs() const {
    return *reinterpret_cast<gc::Field<Dict>*>(
        const_cast<char*>(reinterpret_cast<const char*>(this + 1)) + field_offset(size));
  }
  void gc_trace(gc::Tracer& t) const {
    t(type);
    t(attrs());
  }
  size_t gc_size() const { return sizeof(Str) + field_offset(size) + sizeof(gc::Field<Dict>); }
};

struct TupleSub : Tuple {
  static constexpr const char* gc_name = "py.tuple.sub";
  gc::Field<Dict>& attrs() const {
    return *reinterpret_cast<gc::Field<Dict>*>(const_cast<VField*>(items() + size));
  }
  void gc_trace(gc::Tracer& t) const {
    Tuple::gc_trace(t);
    t(attrs());
  }
  size_t gc_size() const {
    return sizeof(Tuple) + static_cast<size_t>(size) * sizeof(VField) + sizeof(gc::Field<Dict>);
  }
};

struct IterSub : Iter {
  static constexpr const char* gc_name = "py.iter.sub";
  gc::Field<Dict> attrs;
  void gc_trace(gc::Tracer& t) const {
    Iter::gc_trace(t);
    t(attrs);
  }
};

// Instances of t, a user subclass of the value type (null with an exception).
BigInt* new_int_sub(Type* t);  // mpz_init'ed to 0
Float* new_float_sub(Type* t, double v);
Str* new_str_sub(Type* t, std::string_view bytes, bool is_bytes);
Tuple* new_tuple_sub(Type* t, int64_t size);  // items null: the caller fills them
Iter* new_iter_sub(Type* t, Iter* from);      // a copy of `from`'s state

// The attribute dict field of such an instance, or null for other objects.
gc::Field<Dict>* value_attrs(Value obj);

}  // namespace weft::python
