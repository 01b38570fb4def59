// Arithmetic and bitwise operators: the built-in behaviour of every type pair (numbers, sequence
// concatenation and repetition, set and dict-view algebra, `|` of type unions), the reflected
// and in-place dunder methods of user classes.
#include <cmath>
#include <string>
#include <vector>

#include "objects/layout_predicates.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

namespace {

// `int | None`, `str | MyClass`: types.UnionType (lib/types.py), as type.__or__ makes in CPython.
// Operands that are GenericAlias or UnionType instances get there through their own __or__.
bool union_operand(Value v) {
  return v == Value(rt.None) || (v.is_ptr() && isinstance(v, rt.type_type));
}

Value new_union(Value a, Value b) {
  Value mod = import_module(intern("types"));
  if (!mod) return mod;
  Value f = getattr(mod, intern("_union"));
  if (!f) return f;
  return call2(f, a, b);
}

const char* const kBinDunder[] = {
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",  "__mul__", "__mod__",
    "__or__",  "__pow__", "__rshift__",   "__sub__",    "__truediv__", "__xor__"};
const char* const kBinRDunder[] = {
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",  "__rmul__", "__rmod__",
    "__ror__",  "__rpow__", "__rrshift__",   "__rsub__",    "__rtruediv__", "__rxor__"};
const char* const kBinIDunder[] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",  "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__"};

Value repeat_seq(Value seq, Value n) {
  int64_t count;
  if (!int_index(n, &count)) return Value();
  if (count < 0) count = 0;
  if (is_str(seq) || is_bytes(seq)) {
    Str* s = seq.as<Str>();
    if (s->size == 0 || count == 0) return is_str(seq) ? new_str("") : new_bytes("");
    if (count == 1 && (seq.obj()->type == rt.str_type || seq.obj()->type == rt.bytes_type))
      return seq;
    if (count > INT64_MAX / s->size || !result_size_ok(s->size * count)) {
      rt.exc = rt.memory_error;
      return Value();
    }
    // built in place: the first copy, then doubling what is there
    int64_t total = s->size * count;
    Str* r = new_str_raw(total);
    if (!r) return Value();
    s = seq.as<Str>();  // the allocation may have moved it
    std::memcpy(r->data(), s->data(), static_cast<size_t>(s->size));
    for (int64_t done = s->size; done < total;) {
      int64_t n = std::min(done, total - done);
      std::memcpy(r->data() + done, r->data(), static_cast<size_t>(n));
      done += n;
    }
    r->data()[total] = 0;
    if (is_str(seq)) {
      r->chars = s->chars * count;
      r->ascii = s->ascii;
      r->hash = -1;
    } else {
      r->type = rt.bytes_type;
      r->chars = total;
      r->ascii = true;
    }
    return r;
  }
  Value* items;
  int64_t len;
  if (!as_sequence(seq, &items, &len)) return Value();
  if (len && count > (int64_t{1} << 32) / len) return raise(rt.MemoryError, "");
  if (has_layout(seq, Layout::Tuple)) {
    Tuple* t = new_tuple(len * count);
    if (!t) return Value();
    for (int64_t i = 0; i < count; i++)
      for (int64_t j = 0; j < len; j++) t->items()[i * len + j] = seq.as<Tuple>()->at(j);
    return t;
  }
  List* l = new_list(len * count);
  if (!l) return Value();
  for (int64_t i = 0; i < count; i++)
    for (int64_t j = 0; j < len; j++) list_set(l, i * len + j, seq.as<List>()->at(j));
  return l;
}

Value concat_seq(Value a, Value b) {
  if (has_layout(a, Layout::Tuple)) {
    Tuple* x = a.as<Tuple>();
    Tuple* y = b.as<Tuple>();
    Tuple* t = new_tuple(x->size + y->size);
    if (!t) return Value();
    for (int64_t i = 0; i < x->size; i++) t->items()[i] = x->at(i);
    for (int64_t i = 0; i < y->size; i++) t->items()[x->size + i] = y->at(i);
    return t;
  }
  List* x = a.as<List>();
  List* y = b.as<List>();
  List* l = new_list(x->size + y->size);
  if (!l) return Value();
  for (int64_t i = 0; i < x->size; i++) list_set(l, i, x->at(i));
  for (int64_t i = 0; i < y->size; i++) list_set(l, x->size + i, y->at(i));
  return l;
}

// Built-in behaviour; NotImplemented when the types do not apply.
bool is_set_view(Value v) {
  return v.is_ptr() && (v.obj()->type == rt.dict_keys_type || v.obj()->type == rt.dict_items_type);
}

Set* set_of(Value iterable) {
  // CPython's dictviews_to_set: a keys view is made a set from its dict (presized)
  if (iterable.is_ptr() && iterable.obj()->type == rt.dict_keys_type)
    iterable = iterable.as<Iter>()->a;
  Set* s = new_set(rt.set_type);
  if (!s || !set_update(s, iterable)) return nullptr;
  return s;
}

// dict_keys / dict_items with & | - ^ (either side): CPython's dictviews_* functions, which
// build the result from set(left) so that it iterates in CPython's order.
Value view_set_op(int op, Value a, Value b) {
  if (op == kAnd) {
    Value self = is_set_view(a) ? a : b, other = is_set_view(a) ? b : a;
    int64_t len_self = length(self);
    if (has_layout(other, Layout::Set) && type_of(other) == rt.set_type &&
        len_self <= length(other)) {
      Set* r = new_set(rt.set_type);
      if (!r) return Value();
      int64_t pos = 0;
      Value k;
      while (set_next(other.as<Set>(), &pos, &k)) {
        int c = contains(self, k);
        if (c < 0) return Value();
        if (c && set_add(r, k) < 0) return Value();
      }
      return r;
    }
    if (is_set_view(other) && length(other) > len_self) std::swap(self, other);
    Set* r = new_set(rt.set_type);
    Value it = get_iter(other);
    if (!r || !it) return Value();
    for (;;) {
      Value k = iter_next(it);
      if (!k) return rt.exc ? Value() : Value(r);
      int c = contains(self, k);
      if (c < 0) return Value();
      if (c && set_add(r, k) < 0) return Value();
    }
  }
  Set* r = set_of(a);
  if (!r) return Value();
  if (op == kOr) return set_update(r, b) ? Value(r) : Value();
  if (op == kSub) {
    Value it = get_iter(b);
    if (!it) return it;
    for (;;) {
      Value k = iter_next(it);
      if (!k) return rt.exc ? Value() : Value(r);
      if (set_discard(r, k) < 0) return Value();
    }
  }
  Set* other = set_of(b);
  if (!other) return Value();
  int64_t pos = 0;
  Value k;
  while (set_next(other, &pos, &k)) {
    int d = set_discard(r, k);
    if (d < 0) return Value();
    if (d == 1 && set_add(r, k) < 0) return Value();
  }
  return r;
}

Value builtin_binary(int op, Value a, Value b, bool inplace) {
  if (is_int(a) && is_int(b)) return int_binary(op, a, b);
  if ((is_float(a) || is_int(a)) && (is_float(b) || is_int(b))) return float_binary(op, a, b);
  if (is_str(a)) {
    if (op == kAdd && is_str(b)) return str_concat(a.as<Str>(), b.as<Str>());
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kMod) return str_mod(a.as<Str>(), b);
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
  }
  if (is_bytes(a)) {
    if (op == kAdd && is_bytes(b)) {
      std::string r(a.as<Str>()->view());
      r += b.as<Str>()->view();
      return new_bytes(r);
    }
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kMod) return bytes_mod(a.as<Str>(), b);
    if (op == kAdd && !is_user(b))
      return raise_fmt(rt.TypeError, "can't concat %s to bytes", type_name(b));
  }
  if (op == kMul && is_int(a) &&
      (is_str(b) || is_bytes(b) || has_layout(b, Layout::List) || has_layout(b, Layout::Tuple)))
    return repeat_seq(b, a);
  if (has_layout(a, Layout::List)) {
    if (op == kAdd && has_layout(b, Layout::List)) {
      if (inplace) return list_extend(a.as<List>(), b) ? a : Value();
      return concat_seq(a, b);
    }
    if (op == kAdd && inplace) return list_extend(a.as<List>(), b) ? a : Value();
    if (op == kMul && is_int(b)) {
      if (!inplace) return repeat_seq(a, b);
      Value r = repeat_seq(a, b);
      if (!r) return r;
      List* l = a.as<List>();
      List* rl = r.as<List>();
      l->store = rl->store;
      l->size = rl->size;
      return a;
    }
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate list (not \"%s\") to list",
                       type_name(b));
  }
  if (has_layout(a, Layout::Tuple)) {
    if (op == kAdd && has_layout(b, Layout::Tuple)) return concat_seq(a, b);
    if (op == kMul && is_int(b)) return repeat_seq(a, b);
    if (op == kAdd)
      return raise_fmt(rt.TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                       type_name(b));
  }
  if ((has_layout(a, Layout::Set) || has_layout(a, Layout::FrozenSet)) &&
      (has_layout(b, Layout::Set) || has_layout(b, Layout::FrozenSet)) &&
      (op == kOr || op == kAnd || op == kSub || op == kXor)) {
    Value r = set_binary(op, a, b);
    if (r && inplace && has_layout(a, Layout::Set)) {
      set_assign(a.as<Set>(), r.as<Set>());
      return a;
    }
    return r;
  }
  if ((is_set_view(a) || is_set_view(b)) && (op == kOr || op == kAnd || op == kSub || op == kXor))
    return view_set_op(op, a, b);
  if (has_layout(a, Layout::Dict) && has_layout(b, Layout::Dict) && op == kOr) {
    if (inplace) return dict_update(a.as<Dict>(), b) < 0 ? Value() : a;
    Dict* d = dict_copy(a.as<Dict>());
    if (!d || dict_update(d, b) < 0) return Value();
    return d;
  }
  if (op == kOr && union_operand(a) && union_operand(b) && (a != b || a != Value(rt.None)))
    return new_union(a, b);
  return rt.NotImplemented;
}

Value call_binop_method(Value obj, const char* name, Value other) {
  Value m = lookup(type_of(obj), intern(name));
  if (!m || m == Value(rt.None)) return rt.NotImplemented;
  return call2(m, obj, other);
}

}  // namespace

Value binary_op(int op, Value a, Value b, bool inplace) {
  if (inplace && is_user(a)) {
    Value r = call_binop_method(a, kBinIDunder[op], b);
    if (r != Value(rt.NotImplemented)) return r;
  }
  if (is_user(a) || is_user(b)) {
    Type* ta = type_of(a);
    Type* tb = type_of(b);
    bool b_first = ta != tb && is_user(b) && is_subtype(tb, ta);
    if (b_first) {
      Value r = call_binop_method(b, kBinRDunder[op], a);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (is_user(a)) {
      Value r = call_binop_method(a, kBinDunder[op], b);
      if (r != Value(rt.NotImplemented)) return r;
    }
    if (!b_first && is_user(b) && ta != tb) {
      Value r = call_binop_method(b, kBinRDunder[op], a);
      if (r != Value(rt.NotImplemented)) return r;
    }
  }
  if (!is_user(a) || a.obj()->type->layout != Layout::Instance) {
    Value r = builtin_binary(op, a, b, inplace);
    if (r != Value(rt.NotImplemented)) return r;
  }
  if (op == kMul) {  // CPython's sequence repeat, tried after the numeric slots
    auto is_seq = [](Value v) {
      return is_str(v) || is_bytes(v) || has_layout(v, Layout::List) ||
             has_layout(v, Layout::Tuple);
    };
    if (is_seq(a) || is_seq(b)) {
      Value count = is_seq(a) ? b : a;
      if (!is_index(count))
        return raise_fmt(rt.TypeError, "can't multiply sequence by non-int of type '%.200s'",
                         type_name(count));
      int64_t n;  // an object with __index__ counts as its int
      if (!int_index(count, &n)) return Value();
      Value times = new_int(n);
      return is_seq(a) ? builtin_binary(op, a, times, inplace)
                       : builtin_binary(op, times, b, inplace);
    }
  }
  std::string sym = binop_symbol(op);
  if (inplace) sym += "=";
  if (op == kPow && !inplace)
    return raise_fmt(rt.TypeError,
                     "unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'",
                     type_name(a), type_name(b));
  return raise_fmt(rt.TypeError, "unsupported operand type(s) for %s: '%.100s' and '%.100s'",
                   sym.c_str(), type_name(a), type_name(b));
}

Value unary_op(int op, Value a) {
  if (is_int(a)) {
    if (op == kUSub) return int_neg(a);
    if (op == kUAdd)
      return a.is_ptr() && a.obj()->type == rt.bool_type ? Value::small(a == Value(rt.True)) : a;
    if (op == kInvert) return int_invert(a);
  }
  if (is_float(a)) {
    if (op == kUSub) return new_float(-float_val(a));
    if (op == kUAdd) return a;
  }
  if (is_user(a)) {
    const char* n = op == kUSub ? "__neg__" : op == kUAdd ? "__pos__" : "__invert__";
    Value m = lookup(type_of(a), intern(n));
    if (m) return call1(m, a);
  }
  const char* sym = op == kUSub ? "-" : op == kUAdd ? "+" : "~";
  return raise_fmt(rt.TypeError, "bad operand type for unary %s: '%s'", sym, type_name(a));
}

// For the slot wrappers (slot_wrappers.cpp): the built-in binary operation on two values (in place
// on a list, set or dict), NotImplemented when the built-in types do not handle the pair.
Value binary_base(int op, Value a, Value b, bool inplace) {
  return builtin_binary(op, a, b, inplace);
}

}  // namespace weft::python
