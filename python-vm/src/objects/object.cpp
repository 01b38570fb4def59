// The object protocol's core: truth, hashing, identity, calls (repr/str: object_repr.cpp;
// attribute access: attributes.cpp; operators and items: ops.cpp).
#include <cinttypes>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/instance.h"
#include "objects/slots.h"
#include "objects/value_attrs.h"
#include "vm/code.h"
#include "vm/runtime.h"

namespace weft::python {

int truthy(Value v) {
  if (v.is_small()) return v.small_val() != 0;
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::None:
      return 0;
    case Layout::Bool:
      return v == Value(rt.True);
    case Layout::Int:
      return int_sign(v) != 0;
    case Layout::Float:
      return float_val(v) != 0.0;
    case Layout::Str:
    case Layout::Bytes:
      return v.as<Str>()->size != 0;
    case Layout::Tuple:
      return v.as<Tuple>()->size != 0;
    case Layout::List:
      return v.as<List>()->size != 0;
    case Layout::Dict:
      return v.as<Dict>()->used != 0;
    case Layout::Set:
    case Layout::FrozenSet:
      return v.as<Set>()->used != 0;
    case Layout::Range:
      return !range_empty(v.as<Range>());
    case Layout::Instance:
    case Layout::Exception: {
      Value m = lookup(t, rt.s___bool__);
      if (user_defined(m)) {
        Value r = call1(m, v);
        if (!r) return -1;
        if (!r.is_ptr() || r.obj()->type != rt.bool_type) {
          raise_fmt(rt.TypeError, "__bool__ should return bool, returned %s", type_name(r));
          return -1;
        }
        return r == Value(rt.True);
      }
      m = lookup(t, rt.s___len__);
      if (user_defined(m)) {
        int64_t n = length(v);
        return n < 0 ? -1 : n != 0;
      }
      return 1;
    }
    default:
      return 1;
  }
}

bool hash_of(Value v, int64_t* out) {
  if (v.is_small()) {
    // int_hash's modulus 2**61 - 1 leaves a small int of a smaller magnitude as it is
    constexpr int64_t kModulus = (int64_t{1} << 61) - 1;
    int64_t x = v.small_val();
    if (x > -kModulus && x < kModulus)
      *out = x == -1 ? -2 : x;
    else
      *out = int_hash(v);
    return true;
  }
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::Str:
    case Layout::Bytes:
      *out = str_hash(v.as<Str>());
      return true;
    case Layout::Int:
      *out = int_hash(v);
      return true;
    case Layout::Bool:
      *out = v == Value(rt.True) ? 1 : 0;
      return true;
    case Layout::Float:
      *out = float_hash(float_val(v));
      return true;
    case Layout::Tuple: {
      Tuple* tp = v.as<Tuple>();
      if (tp->hash != -1) {
        *out = tp->hash;
        return true;
      }
      uint64_t acc = 2870177450012600261ULL;
      for (int64_t i = 0; i < tp->size; i++) {
        int64_t h;
        if (!hash_of(tp->at(i), &h)) return false;
        acc += static_cast<uint64_t>(h) * 14029467366897019727ULL;
        acc = (acc << 31) | (acc >> 33);
        acc *= 11400714785074694791ULL;
      }
      acc += static_cast<uint64_t>(tp->size) ^ (2870177450012600261ULL ^ 3527539ULL);
      int64_t h = static_cast<int64_t>(acc);
      if (h == -1) h = 1546275796;
      tp->hash = h;
      *out = h;
      return true;
    }
    case Layout::Range:
      return range_hash(v.as<Range>(), out);
    case Layout::FrozenSet: {
      Set* s = v.as<Set>();
      uint64_t h = 0;
      int64_t pos = 0;
      Value k;
      while (set_next(s, &pos, &k)) {
        int64_t kh;
        if (!hash_of(k, &kh)) return false;
        uint64_t u = static_cast<uint64_t>(kh);
        h ^= ((u ^ 89869747ULL) ^ (u << 16)) * 3644798167ULL;
      }
      // the rest of CPython's frozenset_hash (its XOR over empty and dummy slots cancels out)
      h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069U + 907133923ULL;
      if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
      *out = static_cast<int64_t>(h);
      return true;
    }
    case Layout::List:
    case Layout::Dict:
    case Layout::Set:
      raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
      return false;
    case Layout::Instance:
    case Layout::Exception:
      if (!t->builtin) {
        Value m = lookup(t, rt.s___hash__);
        if (m == Value(rt.None)) {
          raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
          return false;
        }
        if (user_defined(m)) {
          Value r = call1(m, v);
          if (!r) return false;
          if (!is_int(r)) {
            raise(rt.TypeError, "__hash__ method should return an integer");
            return false;
          }
          // as CPython's slot_tp_hash: a result that fits in 64 bits is the hash itself
          if (!int_to_int64(r, out)) *out = int_hash(r);
          if (*out == -1) *out = -2;
          return true;
        }
        Value eqm = lookup(t, rt.s___eq__);
        if (user_defined(eqm) && !user_defined(m)) {
          // a class defining __eq__ without __hash__ is unhashable
          Value own = dict_get_str(t->dict, rt.s___eq__);
          if (own) {
            raise_fmt(rt.TypeError, "unhashable type: '%s'", type_name(v));
            return false;
          }
        }
      }
      [[fallthrough]];
    default: {
      gc::Heap::pin(v.obj());  // the identity hash is the address
      uint64_t p = static_cast<uint64_t>(v.raw);
      *out = static_cast<int64_t>((p >> 4) | (p << 60));
      if (*out == -1) *out = -2;
      return true;
    }
  }
}

int64_t object_id(Value v) {
  if (v.is_ptr()) gc::Heap::pin(v.obj());  // id() is the address: the object must not move
  return static_cast<int64_t>(v.raw);
}

// ---- calls ----

Value call(Value f, Value* args, int64_t nargs, Tuple* kwnames) {
  if (f.is_small()) return raise_fmt(rt.TypeError, "'int' object is not callable");
  Type* t = f.obj()->type;
  switch (t->layout) {
    case Layout::Function:
      return call_function(f.as<Function>(), args, nargs, kwnames);
    case Layout::Builtin: {
      Builtin* b = f.as<Builtin>();
      if (b->self) return b->fn(b->self, args, nargs, kwnames);
      if (b->owner) {
        if (nargs < 1)
          return raise_fmt(rt.TypeError, "unbound method %s.%s() needs an argument",
                           std::string(b->owner->name->view()).c_str(),
                           std::string(b->name->view()).c_str());
        return b->fn(args[0], args + 1, nargs - 1, kwnames);
      }
      return b->fn(Value(), args, nargs, kwnames);
    }
    case Layout::Method: {
      Method* m = f.as<Method>();
      int64_t nkw = kwnames ? kwnames->size : 0;
      Value buf[8];
      std::vector<Value> big(nargs + nkw + 1 > 8 ? static_cast<size_t>(nargs + nkw + 1) : 0);
      ValueRoots big_roots(big.data(), big.size());
      Value* a = big.empty() ? buf : big.data();
      a[0] = m->self;
      for (int64_t i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
      Value fn = m->func;
      if (fn.is_ptr() && fn.obj()->type == rt.function_type)
        return call_function(fn.as<Function>(), a, nargs + 1, kwnames);
      return call(fn, a, nargs + 1, kwnames);
    }
    case Layout::Type:
      if (!t->builtin) {
        // a metaclass defining __call__ decides what calling its classes does
        Value m = lookup(t, rt.s___call__);
        if (m && m.is_ptr() && m.obj()->type == rt.function_type) {
          int64_t nkw = kwnames ? kwnames->size : 0;
          std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
          ValueRoots a_roots(a.data(), a.size());
          a[0] = f;
          for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
          return call_function(m.as<Function>(), a.data(), nargs + 1, kwnames);
        }
      }
      return type_call(f.as<Type>(), args, nargs, kwnames);
    case Layout::StaticMethod:
      return call(f.as<Wrapper>()->a, args, nargs, kwnames);
    default:
      break;
  }
  if (!t->builtin) {
    if (is_subtype(t, rt.type_type)) return type_call(f.as<Type>(), args, nargs, kwnames);
    Value m = lookup(t, rt.s___call__);
    if (m) {
      int64_t nkw = kwnames ? kwnames->size : 0;
      std::vector<Value> a(static_cast<size_t>(nargs + nkw + 1));
      ValueRoots a_roots(a.data(), a.size());
      a[0] = f;
      for (int64_t i = 0; i < nargs + nkw; i++) a[static_cast<size_t>(i) + 1] = args[i];
      return call(m, a.data(), nargs + 1, kwnames);
    }
  }
  return raise_fmt(rt.TypeError, "'%s' object is not callable", type_name(f));
}

Value call0(Value f) { return call(f, nullptr, 0, nullptr); }
Value call1(Value f, Value a) { return call(f, &a, 1, nullptr); }
Value call2(Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(f, args, 2, nullptr);
}

Value call_method(Value obj, Str* name, Value* args, int64_t nargs) {
  Value m = getattr(obj, name);
  if (!m) return m;
  return call(m, args, nargs, nullptr);
}

// Calls a special method found on the type (not the instance). *found = false when missing.
Value call_special(Value obj, Str* name, Value* args, int64_t nargs, bool* found) {
  Value m = lookup(type_of(obj), name);
  if (!m) {
    *found = false;
    return Value();
  }
  *found = true;
  std::vector<Value> a(static_cast<size_t>(nargs + 1));
  ValueRoots a_roots(a.data(), a.size());
  a[0] = obj;
  for (int64_t i = 0; i < nargs; i++) a[static_cast<size_t>(i) + 1] = args[i];
  return call(m, a.data(), nargs + 1, nullptr);
}

bool is_callable(Value v) {
  if (v.is_small()) return false;
  Type* t = v.obj()->type;
  switch (t->layout) {
    case Layout::Function:
    case Layout::Builtin:
    case Layout::Method:
    case Layout::Type:
      return true;
    default:
      return !t->builtin && lookup(t, rt.s___call__) != Value();
  }
}

bool check_native_stack();
bool check_native_stack_ok() {
  if (!check_native_stack()) {
    raise(rt.RecursionError,
          "maximum recursion depth exceeded while getting the repr of an object");
    return false;
  }
  return true;
}

}  // namespace weft::python
