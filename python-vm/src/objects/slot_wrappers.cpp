// The dunder methods of the built-in types as attributes (CPython's slot wrappers):
// list.__getitem__, int.__add__, dict.__setitem__, str.__lt__ ... They run the built-in behaviour
// (the *_base protocol functions), so that subclasses can call them through super() or the base
// class, and hasattr(x, "__len__") & co. answer as in CPython.
#include <cmath>

#include "runtime.h"
#include "weft/python/ast.h"

namespace weft::python {

Value binary_base(int op, Value a, Value b, bool inplace);  // ops.cpp
Value compare_base(int op, Value a, Value b);               // compare.cpp
Value round_number(Value x, Value ndigits);                 // builtins.cpp
Value new_value_instance(Type* t, Type* vb, Value* args, int64_t nargs,
                         Tuple* kwnames);  // type.cpp

namespace {

bool one_arg(const char* name, int64_t nargs, Tuple* kw) {
  if (nargs == 1 && (!kw || kw->size == 0)) return true;
  raise_fmt(rt.TypeError, "expected 1 argument, got %lld", static_cast<long long>(nargs));
  (void)name;
  return false;
}
bool no_arg(int64_t nargs, Tuple* kw) {
  if (nargs == 0 && (!kw || kw->size == 0)) return true;
  raise_fmt(rt.TypeError, "expected 0 arguments, got %lld", static_cast<long long>(nargs));
  return false;
}

Value w_getitem(Value self, Value* a, int64_t n, Tuple* kw) {
  return one_arg("__getitem__", n, kw) ? getitem_base(self, a[0]) : Value();
}
Value w_setitem(Value self, Value* a, int64_t n, Tuple*) {
  if (n != 2) return raise(rt.TypeError, "expected 2 arguments");
  return setitem_base(self, a[0], a[1]) < 0 ? Value() : Value(rt.None);
}
Value w_delitem(Value self, Value* a, int64_t n, Tuple* kw) {
  if (!one_arg("__delitem__", n, kw)) return Value();
  return delitem_base(self, a[0]) < 0 ? Value() : Value(rt.None);
}
Value w_len(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  int64_t r = length_base(self);
  return r < 0 ? Value() : new_int(r);
}
Value w_contains(Value self, Value* a, int64_t n, Tuple* kw) {
  if (!one_arg("__contains__", n, kw)) return Value();
  int r = contains_base(self, a[0]);
  return r < 0 ? Value() : r ? rt.True : rt.False;
}
Value w_iter(Value self, Value*, int64_t n, Tuple* kw) {
  return no_arg(n, kw) ? get_iter_base(self) : Value();
}
Value w_bool(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  int r = truthy(self);
  return r < 0 ? Value() : r ? rt.True : rt.False;
}

template <int op>
Value w_bin(Value self, Value* a, int64_t n, Tuple* kw) {
  return one_arg("op", n, kw) ? binary_base(op, self, a[0], false) : Value();
}
template <int op>
Value w_rbin(Value self, Value* a, int64_t n, Tuple* kw) {
  return one_arg("op", n, kw) ? binary_base(op, a[0], self, false) : Value();
}
template <int op>
Value w_ibin(Value self, Value* a, int64_t n, Tuple* kw) {
  return one_arg("op", n, kw) ? binary_base(op, self, a[0], true) : Value();
}
template <int op>
Value w_cmp(Value self, Value* a, int64_t n, Tuple* kw) {
  return one_arg("cmp", n, kw) ? compare_base(op, self, a[0]) : Value();
}
template <int op>
Value w_unary(Value self, Value*, int64_t n, Tuple* kw) {
  return no_arg(n, kw) ? unary_op(op, self) : Value();
}
Value w_abs(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  if (is_int(self)) return int_abs(self);
  double d;
  if (to_double(self, &d)) return new_float(d < 0 ? -d : (d == 0 ? 0.0 : d));
  return raise(rt.TypeError, "bad operand type for abs()");
}
Value w_int(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  if (is_int(self)) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(self, z);
    Value r = int_from_mpz(z);
    mpz_clear(z);
    return r;
  }
  double d;
  if (to_double(self, &d)) return int_from_double(d);
  return raise(rt.TypeError, "__int__");
}
Value w_float(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  double d;
  if (to_double(self, &d)) return new_float(d);
  if (rt.exc) return Value();
  return raise(rt.TypeError, "__float__");
}

// Binary operator numbers follow the dunder tables of ops.cpp:
// add and floordiv lshift matmul mul mod or pow rshift sub truediv xor
enum {
  kAddOp,
  kAndOp,
  kFloorDivOp,
  kLShiftOp,
  kMatMulOp,
  kMulOp,
  kModOp,
  kOrOp,
  kPowOp,
  kRShiftOp,
  kSubOp,
  kTrueDivOp,
  kXorOp
};

void add_if_missing(Type* t, const char* name, NativeFn fn) {
  if (dict_get_str(t->dict, intern(name))) return;
  add_method(t, name, fn);
}

void add_compare(Type* t) {
  add_if_missing(t, "__lt__", w_cmp<kLt>);
  add_if_missing(t, "__le__", w_cmp<kLe>);
  add_if_missing(t, "__gt__", w_cmp<kGt>);
  add_if_missing(t, "__ge__", w_cmp<kGe>);
}

void add_container(Type* t, bool mutable_items) {
  add_if_missing(t, "__getitem__", w_getitem);
  add_if_missing(t, "__len__", w_len);
  add_if_missing(t, "__contains__", w_contains);
  add_if_missing(t, "__iter__", w_iter);
  if (mutable_items) {
    add_if_missing(t, "__setitem__", w_setitem);
    add_if_missing(t, "__delitem__", w_delitem);
  }
}

void add_number(Type* t, bool integer) {
  add_if_missing(t, "__add__", w_bin<kAddOp>);
  add_if_missing(t, "__sub__", w_bin<kSubOp>);
  add_if_missing(t, "__mul__", w_bin<kMulOp>);
  add_if_missing(t, "__truediv__", w_bin<kTrueDivOp>);
  add_if_missing(t, "__floordiv__", w_bin<kFloorDivOp>);
  add_if_missing(t, "__mod__", w_bin<kModOp>);
  add_if_missing(t, "__pow__", w_bin<kPowOp>);
  add_if_missing(t, "__radd__", w_rbin<kAddOp>);
  add_if_missing(t, "__rsub__", w_rbin<kSubOp>);
  add_if_missing(t, "__rmul__", w_rbin<kMulOp>);
  add_if_missing(t, "__rtruediv__", w_rbin<kTrueDivOp>);
  add_if_missing(t, "__rfloordiv__", w_rbin<kFloorDivOp>);
  add_if_missing(t, "__rmod__", w_rbin<kModOp>);
  add_if_missing(t, "__rpow__", w_rbin<kPowOp>);
  add_if_missing(t, "__neg__", w_unary<kUSub>);
  add_if_missing(t, "__pos__", w_unary<kUAdd>);
  add_if_missing(t, "__abs__", w_abs);
  add_if_missing(t, "__bool__", w_bool);
  add_if_missing(t, "__int__", w_int);
  add_if_missing(t, "__float__", w_float);
  add_compare(t);
  if (integer) {
    add_if_missing(t, "__and__", w_bin<kAndOp>);
    add_if_missing(t, "__or__", w_bin<kOrOp>);
    add_if_missing(t, "__xor__", w_bin<kXorOp>);
    add_if_missing(t, "__lshift__", w_bin<kLShiftOp>);
    add_if_missing(t, "__rshift__", w_bin<kRShiftOp>);
    add_if_missing(t, "__rand__", w_rbin<kAndOp>);
    add_if_missing(t, "__ror__", w_rbin<kOrOp>);
    add_if_missing(t, "__rxor__", w_rbin<kXorOp>);
    add_if_missing(t, "__rlshift__", w_rbin<kLShiftOp>);
    add_if_missing(t, "__rrshift__", w_rbin<kRShiftOp>);
    add_if_missing(t, "__invert__", w_unary<kInvert>);
    add_if_missing(t, "__index__", w_int);
  }
}

// int.__new__(cls, ...), str.__new__ ... (`self` is the built-in type that defines it): the
// object the base's constructor makes, of type cls, without running __init__
Value w_value_new(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Type* base = self.as<Type>();
  if (nargs < 1)
    return raise_fmt(rt.TypeError, "%s.__new__(): not enough arguments",
                     std::string(base->name->view()).c_str());
  if (!check_new_target(base, args[0])) return Value();
  Type* t = args[0].as<Type>();
  bool mutable_base =
      t->layout == Layout::List || t->layout == Layout::Dict || t->layout == Layout::Set;
  if (t == base && !mutable_base) return base->new_fn(base, args + 1, nargs - 1, kw);
  return new_value_instance(t, base, args + 1, nargs - 1, kw);
}

// str.__str__: the string itself (a plain str for a subclass), never its repr
Value w_str_str(Value self, Value*, int64_t n, Tuple* kw) {
  if (!no_arg(n, kw)) return Value();
  if (self.obj()->type == rt.str_type) return self;
  return new_str(self.as<Str>()->view());
}

// int/float __round__, __floor__, __ceil__, __trunc__, __divmod__, __rdivmod__: the built-in
// arithmetic, also for subclasses (math.floor, round(), divmod() reach user overrides first)
Value w_round(Value self, Value* a, int64_t n, Tuple* kw) {
  if ((kw && kw->size) || n > 1)
    return raise_fmt(rt.TypeError, "__round__ expected at most 1 argument, got %lld",
                     static_cast<long long>(n));
  return round_number(self, n ? a[0] : Value());
}
template <double (*op)(double)>
Value w_rounding(Value self, Value* a, int64_t n, Tuple* kw) {
  if (is_int(self)) return w_int(self, a, n, kw);
  if (!no_arg(n, kw)) return Value();
  double d;
  if (!to_double(self, &d)) return Value();
  return int_from_double(op(d));
}
double floor_of(double d) { return std::floor(d); }
double ceil_of(double d) { return std::ceil(d); }
double trunc_of(double d) { return std::trunc(d); }
Value divmod_base(Value x, Value y) {
  Value q = binary_base(kFloorDivOp, x, y, false);
  if (!q || q == Value(rt.NotImplemented)) return q;
  Value r = binary_base(kModOp, x, y, false);
  if (!r) return r;
  Value items[2] = {q, r};
  return tuple_from_array(items, 2);
}
// int's methods take ints only, float's ints and floats (else NotImplemented, as CPython's)
bool operand_ok(Value self, Value other) {
  if (is_int(other)) return true;
  return !is_int(self) && other.is_ptr() && other.obj()->type->layout == Layout::Float;
}
Value w_divmod(Value self, Value* a, int64_t n, Tuple* kw) {
  if (!one_arg("__divmod__", n, kw)) return Value();
  return operand_ok(self, a[0]) ? divmod_base(self, a[0]) : Value(rt.NotImplemented);
}
Value w_rdivmod(Value self, Value* a, int64_t n, Tuple* kw) {
  if (!one_arg("__rdivmod__", n, kw)) return Value();
  return operand_ok(self, a[0]) ? divmod_base(a[0], self) : Value(rt.NotImplemented);
}

// int.__format__, float.__format__, str.__format__: the format-spec mini-language (also for
// subclasses and through IntEnum's __format__)
Value w_format(Value self, Value* a, int64_t n, Tuple* kw) {
  if (!one_arg("__format__", n, kw)) return Value();
  if (!(a[0].is_ptr() && a[0].obj()->type->layout == Layout::Str))
    return raise_fmt(rt.TypeError, "__format__() argument must be str, not %s", type_name(a[0]));
  return format_with_spec(self, a[0].as<Str>()->view());
}

}  // namespace

void slot_wrappers_init() {
  for (Type* t : {rt.int_type, rt.float_type, rt.str_type, rt.bytes_type, rt.frozenset_type,
                  rt.list_type, rt.dict_type, rt.set_type, rt.enumerate_type, rt.zip_type,
                  rt.map_type, rt.filter_type, rt.reversed_type})
    add_static_new(t, w_value_new);
  add_if_missing(rt.str_type, "__str__", w_str_str);
  add_if_missing(rt.none_type, "__bool__", w_bool);
  for (Type* t : {rt.int_type, rt.float_type, rt.str_type})
    add_if_missing(t, "__format__", w_format);
  for (Type* t : {rt.int_type, rt.float_type}) {
    add_if_missing(t, "__round__", w_round);
    add_if_missing(t, "__floor__", w_rounding<floor_of>);
    add_if_missing(t, "__ceil__", w_rounding<ceil_of>);
    add_if_missing(t, "__trunc__", w_rounding<trunc_of>);
    add_if_missing(t, "__divmod__", w_divmod);
    add_if_missing(t, "__rdivmod__", w_rdivmod);
  }
  add_number(rt.int_type, true);
  add_number(rt.float_type, false);
  for (Type* t : {rt.str_type, rt.bytes_type, rt.tuple_type, rt.list_type}) {
    add_container(t, t == rt.list_type);
    add_if_missing(t, "__add__", w_bin<kAddOp>);
    add_if_missing(t, "__mul__", w_bin<kMulOp>);
    add_if_missing(t, "__rmul__", w_rbin<kMulOp>);
    add_compare(t);
  }
  add_if_missing(rt.list_type, "__iadd__", w_ibin<kAddOp>);
  add_if_missing(rt.list_type, "__imul__", w_ibin<kMulOp>);
  add_if_missing(rt.str_type, "__mod__", w_bin<kModOp>);
  add_if_missing(rt.bytes_type, "__mod__", w_bin<kModOp>);
  add_if_missing(rt.str_type, "__rmod__", w_rbin<kModOp>);
  add_if_missing(rt.bytes_type, "__rmod__", w_rbin<kModOp>);
  add_container(rt.dict_type, true);
  add_if_missing(rt.dict_type, "__or__", w_bin<kOrOp>);
  add_if_missing(rt.dict_type, "__ror__", w_rbin<kOrOp>);
  add_if_missing(rt.dict_type, "__ior__", w_ibin<kOrOp>);
  add_container(rt.range_type, false);
  for (Type* t : {rt.set_type, rt.frozenset_type}) {
    add_if_missing(t, "__len__", w_len);
    add_if_missing(t, "__contains__", w_contains);
    add_if_missing(t, "__iter__", w_iter);
    add_if_missing(t, "__or__", w_bin<kOrOp>);
    add_if_missing(t, "__and__", w_bin<kAndOp>);
    add_if_missing(t, "__sub__", w_bin<kSubOp>);
    add_if_missing(t, "__xor__", w_bin<kXorOp>);
    add_if_missing(t, "__ror__", w_rbin<kOrOp>);
    add_if_missing(t, "__rand__", w_rbin<kAndOp>);
    add_if_missing(t, "__rsub__", w_rbin<kSubOp>);
    add_if_missing(t, "__rxor__", w_rbin<kXorOp>);
    add_compare(t);
  }
  add_if_missing(rt.set_type, "__ior__", w_ibin<kOrOp>);
  add_if_missing(rt.set_type, "__iand__", w_ibin<kAndOp>);
  add_if_missing(rt.set_type, "__isub__", w_ibin<kSubOp>);
  add_if_missing(rt.set_type, "__ixor__", w_ibin<kXorOp>);
}

}  // namespace weft::python
