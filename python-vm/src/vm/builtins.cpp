// The builtins module: print, len, min/max/sum, sorted, conversions, introspection ...
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <string>

#include "code.h"
#include "io_file.h"
#include "objects/layout_predicates.h"
#include "runtime.h"
#include "signals.h"
#include "weft/python/vm.h"

namespace weft::python {

Value run_class_body(Function* fn, Dict* ns);
Dict* prepare_namespace(Value meta, Str* name, Tuple* bases, Dict* class_kwargs);
Type* g_textio_type = nullptr;

Value b_locals(Value, Value*, int64_t, Tuple*);

Value resolve_mro_entries(Tuple* bases);  // class_bases.cpp
void std_stream_attrs(Dict* d, int fd);   // builtins_more.cpp
void builtins_more_init(Type* textio_type);

namespace {

std::string g_stdout_buf;

StdoutBuffering g_stdout_buffering = StdoutBuffering::Block;

void write_fd(int fd, std::string_view s) {
  if (fd == 1) {
    g_stdout_buf += s;
    if (g_stdout_buf.size() > (1 << 16) || g_stdout_buffering == StdoutBuffering::None ||
        (g_stdout_buffering == StdoutBuffering::Line && s.find('\n') != std::string_view::npos))
      flush_stdout();
  } else {
    flush_stdout();
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
  }
}

int textio_fd(Value f) {
  if (!f.is_ptr() || f.obj()->type != g_textio_type) return -1;
  Value fd = dict_get_str(f.as<Instance>()->dict, intern("_fd"));
  return fd ? static_cast<int>(fd.small_val()) : -1;
}

Value b_print(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value sep, end, file, flush;
  int64_t nkw = kw ? kw->size : 0;
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    Value v = args[nargs + i];
    if (k == "sep")
      sep = v;
    else if (k == "end")
      end = v;
    else if (k == "file")
      file = v;
    else if (k == "flush")
      flush = v;
    else
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for print()",
                       std::string(k).c_str());
  }
  auto str_or_default = [](Value v, const char* def, const char* what, std::string& out) -> bool {
    if (!v || v == Value(rt.None)) {
      out = def;
      return true;
    }
    if (!v.is_ptr() || v.obj()->type != rt.str_type) {
      raise_fmt(rt.TypeError, "%s must be None or a string, not %s", what, type_name(v));
      return false;
    }
    out = std::string(v.as<Str>()->view());
    return true;
  };
  std::string s_sep, s_end;
  if (!str_or_default(sep, " ", "sep", s_sep) || !str_or_default(end, "\n", "end", s_end))
    return Value();
  std::string out;
  for (int64_t i = 0; i < nargs; i++) {
    if (i) out += s_sep;
    Value s = to_str(args[i]);
    if (!s) return s;
    out += s.as<Str>()->view();
  }
  out += s_end;
  if (!file || file == Value(rt.None)) {
    // sys.stdout, which a program (contextlib.redirect_stdout) may have replaced
    Value sys = dict_get_str(rt.modules, intern("sys"));
    if (sys && sys.obj()->type == rt.module_type)
      file = dict_get_str(sys.as<PyModule>()->dict, intern("stdout"));
    if (file == Value(rt.None)) return rt.None;
  }
  if (!file) {
    write_fd(1, out);
  } else {
    int fd = textio_fd(file);
    if (fd >= 0) {
      write_fd(fd, out);
    } else {
      Value s = new_str(out);
      if (!s || !call_method(file, intern("write"), &s, 1)) return Value();
    }
  }
  if (flush && truthy(flush) > 0) flush_stdout();
  return rt.None;
}

Value b_len(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "len() takes exactly one argument (%lld given)",
                     static_cast<long long>(nargs));
  int64_t n = length(args[0]);
  if (n < 0) return Value();
  return new_int(n);
}

Value b_repr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "repr() takes exactly one argument");
  return repr(args[0]);
}

Value b_ascii(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "ascii() takes exactly one argument");
  return ascii_of(args[0]);
}

// CPython's object_recursive_isinstance / issubclass: tuples element by element, then the
// __instancecheck__ / __subclasscheck__ of cls's type when it is not a built-in one (ABCMeta,
// types.UnionType, user metaclasses), then the plain check. -1: an exception is pending.
int isinstance_any(Value v, Value cls, bool sub, const char* fname) {
  if (!sub && cls.is_ptr() && type_of(v) == cls.obj()) return 1;
  if (cls.is_ptr() && cls.obj()->type == rt.tuple_type) {
    Tuple* t = cls.as<Tuple>();
    for (int64_t i = 0; i < t->size; i++) {
      int r = isinstance_any(v, t->at(i), sub, fname);
      if (r) return r;
    }
    return 0;
  }
  Type* meta = type_of(cls);
  if (!meta->builtin) {
    Value hook = lookup(meta, intern(sub ? "__subclasscheck__" : "__instancecheck__"));
    if (hook) {
      Value r = call2(hook, cls, v);
      return r ? truthy(r) : -1;
    }
  }
  if (!cls.is_ptr() || !isinstance(cls, rt.type_type)) {
    raise_fmt(rt.TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fname);
    return -1;
  }
  if (sub) return is_subtype(v.as<Type>(), cls.as<Type>());
  return isinstance(v, cls.as<Type>());
}

Value b_isinstance(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "isinstance expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  int r = isinstance_any(args[0], args[1], false, "isinstance");
  return r < 0 ? Value() : r ? rt.True : rt.False;
}

Value b_issubclass(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "issubclass expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (!args[0].is_ptr() || !isinstance(args[0], rt.type_type))
    return raise(rt.TypeError, "issubclass() arg 1 must be a class");
  int r = isinstance_any(args[0], args[1], true, "issubclass");
  return r < 0 ? Value() : r ? rt.True : rt.False;
}

Value b_abs(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "abs() takes exactly one argument");
  Value x = args[0];
  if (is_int(x)) return int_abs(x);
  if (x.is_ptr() && x.obj()->type == rt.float_type) return new_float(std::fabs(float_val(x)));
  Type* t = type_of(x);
  if (!t->builtin) {
    Value m = lookup(t, rt.s___abs__);
    if (m) return call1(m, x);
  }
  return raise_fmt(rt.TypeError, "bad operand type for abs(): '%s'", type_name(x));
}

Value minmax(Value* args, int64_t nargs, Tuple* kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, def;
  int64_t nkw = kw ? kw->size : 0;
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    if (k == "key")
      key = args[nargs + i];
    else if (k == "default")
      def = args[nargs + i];
    else
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for %s()",
                       std::string(k).c_str(), name);
  }
  if (key == Value(rt.None)) key = Value();
  if (nargs == 0) return raise_fmt(rt.TypeError, "%s expected at least 1 argument, got 0", name);
  Value* items;
  int64_t n;
  Value keep;
  if (nargs == 1) {
    keep = as_sequence(args[0], &items, &n);
    if (!keep) return keep;
  } else {
    if (def)
      return raise_fmt(rt.TypeError,
                       "Cannot specify a default for %s() with multiple positional arguments",
                       name);
    items = args;
    n = nargs;
  }
  if (n == 0) {
    if (def) return def;
    return raise_fmt(rt.ValueError, "%s() arg is an empty sequence", name);
  }
  Value best = items[0];
  Value best_key = key ? call1(key, best) : best;
  if (!best_key) return best_key;
  for (int64_t i = 1; i < n; i++) {
    Value k = key ? call1(key, items[i]) : items[i];
    if (!k) return k;
    int c = compare_bool(is_max ? kGt : kLt, k, best_key);
    if (c < 0) return Value();
    if (c) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Value b_min(Value, Value* a, int64_t n, Tuple* kw) { return minmax(a, n, kw, false); }
Value b_max(Value, Value* a, int64_t n, Tuple* kw) { return minmax(a, n, kw, true); }

Value b_sum(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("sum", args, nargs, kw, 1, {"iterable", "start"}, a)) return Value();
  Value acc = a[1] ? a[1] : Value::small(0);
  if (acc.is_ptr() && acc.obj()->type == rt.str_type)
    return raise(rt.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = get_iter(a[0]);
  if (!it) return it;
  // float accumulation as CPython: plain double addition
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : acc;
    if (acc.is_small() && v.is_small()) {
      int64_t r = acc.small_val() + v.small_val();
      if (r >= kSmallMin && r <= kSmallMax) {
        acc = Value::small(r);
        continue;
      }
    }
    acc = binary_op(kAdd, acc, v);
    if (!acc) return acc;
  }
}

Value b_sorted(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "sorted expected 1 argument, got %lld",
                     static_cast<long long>(nargs));
  Value a[2];
  int64_t nkw = kw ? kw->size : 0;
  a[0] = a[1] = Value();
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    if (k == "key")
      a[0] = args[nargs + i];
    else if (k == "reverse")
      a[1] = args[nargs + i];
    else
      return raise_fmt(rt.TypeError, "sorted() got an unexpected keyword argument '%s'",
                       std::string(k).c_str());
  }
  List* l = sequence_to_list(args[0]);
  if (!l) return Value();
  bool rev = a[1] && truthy(a[1]) > 0;
  if (list_sort(l, a[0], rev) < 0) return Value();
  return l;
}

Value anyall(Value* args, int64_t nargs, bool is_any) {
  if (nargs != 1) return raise(rt.TypeError, "expected exactly one argument");
  Value it = get_iter(args[0]);
  if (!it) return it;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : (is_any ? rt.False : rt.True);
    int t = truthy(v);
    if (t < 0) return Value();
    if (t == is_any) return is_any ? rt.True : rt.False;
  }
}
Value b_any(Value, Value* a, int64_t n, Tuple*) { return anyall(a, n, true); }
Value b_all(Value, Value* a, int64_t n, Tuple*) { return anyall(a, n, false); }

Value b_ord(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "ord() takes exactly one argument");
  Value c = args[0];
  if (c.is_ptr() && (c.obj()->type == rt.str_type || c.obj()->type == rt.bytes_type)) {
    Str* s = c.as<Str>();
    if (s->chars != 1)
      return raise_fmt(rt.TypeError, "ord() expected a character, but string of length %lld found",
                       static_cast<long long>(s->chars));
    if (c.obj()->type == rt.bytes_type)
      return Value::small(static_cast<unsigned char>(s->data()[0]));
    int64_t n;
    return Value::small(utf8_decode_at(s->data(), &n));
  }
  return raise_fmt(rt.TypeError, "ord() expected string of length 1, but %s found", type_name(c));
}

Value b_chr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "chr() takes exactly one argument");
  int64_t c;
  if (!is_int(args[0]))
    return raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer",
                     type_name(args[0]));
  if (!int_index(args[0], &c)) return Value();
  if (c < 0 || c > 0x10FFFF) return raise(rt.ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<uint32_t>(c));
}

Value base_repr(Value* args, int64_t nargs, int base, const char* prefix) {
  if (nargs != 1) return raise(rt.TypeError, "expected exactly one argument");
  Value x = args[0];
  if (x.is_ptr() && x.obj()->type == rt.bool_type) x = Value::small(x == Value(rt.True));
  if (!is_int(x)) {
    int64_t dummy;
    Value r = int_index(x, &dummy);
    if (!r) return r;
    x = r;
  }
  bool neg = int_sign(x) < 0;
  std::string s = int_to_string(neg ? int_neg(x) : x, base);
  return new_str(std::string(neg ? "-" : "") + prefix + s);
}
Value b_hex(Value, Value* a, int64_t n, Tuple*) { return base_repr(a, n, 16, "0x"); }
Value b_oct(Value, Value* a, int64_t n, Tuple*) { return base_repr(a, n, 8, "0o"); }
Value b_bin(Value, Value* a, int64_t n, Tuple*) { return base_repr(a, n, 2, "0b"); }

Value b_divmod(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "divmod expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  Type* ta = type_of(args[0]);
  Type* tb = type_of(args[1]);
  // __divmod__ / __rdivmod__ of user types, in the order binary_op tries __floordiv__ & co
  auto try_dunder = [](Type* t, const char* name, Value self, Value other) -> Value {
    if (t->builtin) return rt.NotImplemented;
    Value m = lookup(t, intern(name));
    if (!m || m == Value(rt.None)) return rt.NotImplemented;
    return call2(m, self, other);
  };
  bool b_first = ta != tb && !tb->builtin && is_subtype(tb, ta);
  Value r = rt.NotImplemented;
  if (b_first) r = try_dunder(tb, "__rdivmod__", args[1], args[0]);
  if (r == Value(rt.NotImplemented)) r = try_dunder(ta, "__divmod__", args[0], args[1]);
  if (r == Value(rt.NotImplemented) && !b_first && ta != tb)
    r = try_dunder(tb, "__rdivmod__", args[1], args[0]);
  if (r != Value(rt.NotImplemented)) return r;
  Value q = binary_op(kFloorDiv, args[0], args[1]);
  if (!q) {
    if (pending_is(rt.TypeError)) {
      clear_exc();
      return raise_fmt(rt.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                       type_name(args[0]), type_name(args[1]));
    }
    return q;
  }
  Value m = binary_op(kMod, args[0], args[1]);
  if (!m) return m;
  Value items[2] = {q, m};
  return tuple_from_array(items, 2);
}

Value b_pow(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("pow", args, nargs, kw, 2, {"base", "exp", "mod"}, a)) return Value();
  if (a[2] && a[2] != Value(rt.None)) {
    Type* t0 = type_of(a[0]);
    if (!t0->builtin) {  // a user type's __pow__(exp, mod)
      Value m = lookup(t0, intern("__pow__"));
      if (m) {
        Value r = call(m, a, 3);
        if (!r || r != Value(rt.NotImplemented)) return r;
      }
    }
    if (!is_int(a[0]) || !is_int(a[1]) || !is_int(a[2])) {
      // CPython: float's pow refuses a modulus; with no float, no operand's slot took it
      for (Value v : a)
        if (has_layout(v, Layout::Float))
          return raise(rt.TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers");
      return raise_fmt(rt.TypeError,
                       "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                       type_name(a[0]), type_name(a[1]), type_name(a[2]));
    }
    return int_pow(a[0], a[1], a[2]);
  }
  return binary_op(kPow, a[0], a[1]);
}

}  // namespace

// int.__round__ and float.__round__ (also of their subclasses): half to even; `ndigits` null or
// None rounds to an int.
Value round_number(Value x, Value ndigits) {
  bool has_nd = ndigits && ndigits != Value(rt.None);
  int64_t nd = 0;
  if (has_nd && !int_index(ndigits, &nd)) return Value();
  if (is_int(x)) {
    if (!has_nd || nd >= 0)
      return x.is_ptr() && x.obj()->type == rt.bool_type ? Value::small(x == Value(rt.True)) : x;
    // round to a multiple of 10**-nd, half to even
    Value p = int_pow(Value::small(10), new_int(-nd), Value());
    if (!p) return p;
    Value q = int_binary(kFloorDiv, x, p), r = int_binary(kMod, x, p);
    Value twice = int_binary(kMul, r, Value::small(2));
    int c = int_compare(twice, p);
    bool up = c > 0 || (c == 0 && int_binary(kMod, q, Value::small(2)) == Value::small(1));
    if (up) q = int_binary(kAdd, q, Value::small(1));
    return int_binary(kMul, q, p);
  }
  if (x.is_ptr() && x.obj()->type->layout == Layout::Float) {
    double d = float_val(x);
    if (!has_nd) {
      if (std::isinf(d)) return raise(rt.OverflowError, "cannot convert float infinity to integer");
      if (std::isnan(d)) return raise(rt.ValueError, "cannot convert float NaN to integer");
      return int_from_double(std::nearbyint(d));
    }
    if (!std::isfinite(d) || d == 0 || nd > 330)
      return x.obj()->type == rt.float_type ? x : new_float(d);
    if (nd < -330) return new_float(0.0 * d);
    char buf[512];
    if (nd >= 0) {
      std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), d);
      return new_float(std::strtod(buf, nullptr));
    }
    double p = std::pow(10.0, static_cast<double>(-nd));
    double y = d / p;
    double r = std::nearbyint(y);
    return new_float(r * p);
  }
  return raise_fmt(rt.TypeError, "type %s doesn't define __round__ method", type_name(x));
}

namespace {

Value b_round(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("round", args, nargs, kw, 1, {"number", "ndigits"}, a)) return Value();
  Value x = a[0];
  bool has_nd = a[1] && a[1] != Value(rt.None);
  Type* t = type_of(x);
  if (!t->builtin) {  // the type's __round__: its own, or int's/float's for their subclasses
    Value m = lookup(t, rt.s___round__);
    if (m) return has_nd ? call2(m, x, a[1]) : call1(m, x);
  }
  return round_number(x, a[1]);
}

Value b_hash(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "hash() takes exactly one argument");
  int64_t h;
  if (!hash_of(args[0], &h)) return Value();
  return new_int(h);
}

Value b_id(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "id() takes exactly one argument");
  return new_int(object_id(args[0]));
}

Value b_iter(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 2) {
    if (!is_callable(args[0])) return raise(rt.TypeError, "iter(v, w): v must be callable");
    return new_iter(kIterCallable, args[0], args[1]);
  }
  if (nargs != 1) return raise(rt.TypeError, "iter expected 1 argument");
  return get_iter(args[0]);
}

Value b_next(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "next expected 1 or 2 arguments");
  Value it = args[0];
  Type* t = type_of(it);
  // (built-in types made of instances, such as open()'s files, define __next__ as methods)
  bool native_next = t->layout == Layout::Iter || t->layout == Layout::Generator;
  if (!native_next && ((t->builtin && t->layout != Layout::Instance) || !lookup(t, rt.s___next__)))
    return raise_fmt(rt.TypeError, "'%s' object is not an iterator", type_name(it));
  if (t->layout == Layout::Generator) {
    Generator* g = it.as<Generator>();
    if (g->frame->finished) {
      if (nargs == 2) return args[1];
      return raise_value(rt.StopIteration);
    }
    Value r = generator_send(g, rt.None, false);
    if (r && g->frame->finished) {
      if (nargs == 2) return args[1];
      if (r == Value(rt.None)) return raise_value(rt.StopIteration);
      return raise_value(make_exception(rt.StopIteration, &r, 1));
    }
    return r;
  }
  if (!native_next) {
    Value r = call1(lookup(t, rt.s___next__), it);
    if (!r && nargs == 2 && pending_is(rt.StopIteration)) {
      clear_exc();
      return args[1];
    }
    return r;
  }
  Value v = iter_next(it);
  if (v || rt.exc) return v;
  if (nargs == 2) return args[1];
  return raise_value(rt.StopIteration);
}

Value b_getattr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 2 || nargs > 3)
    return raise_fmt(rt.TypeError, "getattr expected 2 or 3 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (!args[1].is_ptr() || args[1].obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  Value v = getattr(args[0], args[1].as<Str>());
  if (!v && nargs == 3 && pending_is(rt.AttributeError)) {
    clear_exc();
    return args[2];
  }
  return v;
}

Value b_setattr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 3)
    return raise_fmt(rt.TypeError, "setattr expected 3 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (!args[1].is_ptr() || args[1].obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  return setattr(args[0], intern(args[1].as<Str>()->view()), args[2]) < 0 ? Value()
                                                                          : Value(rt.None);
}

Value b_hasattr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "hasattr expected 2 arguments, got %lld",
                     static_cast<long long>(nargs));
  if (!args[1].is_ptr() || args[1].obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "attribute name must be string, not '%s'", type_name(args[1]));
  Value v = getattr(args[0], args[1].as<Str>());
  if (v) return rt.True;
  if (pending_is(rt.AttributeError)) {
    clear_exc();
    return rt.False;
  }
  return v;
}

Value b_delattr(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "delattr expected 2 arguments");
  return delattr(args[0], args[1].as<Str>()) < 0 ? Value() : Value(rt.None);
}

Value b_callable(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "callable() takes exactly one argument");
  return is_callable(args[0]) ? rt.True : rt.False;
}

Value b_format(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "format expected 1 or 2 arguments");
  Str* spec = nargs == 2 ? args[1].as<Str>() : rt.empty_str;
  return format_value(args[0], spec);
}

Value b_vars(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) {
    Frame* f = rt.frame;
    return f && f->locals ? Value(f->locals.get()) : Value(rt.None);
  }
  Value d = getattr(args[0], rt.s___dict__);
  if (!d && pending_is(rt.AttributeError)) {
    clear_exc();
    return raise(rt.TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

Value b_dir(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs == 0) {  // the names of the current scope, sorted
    Value loc = b_locals(Value(), nullptr, 0, nullptr);
    if (!loc) return loc;
    List* l = new_list(0);
    if (loc.is_ptr() && loc.obj()->type->layout == Layout::Dict) {
      int64_t pos = 0;
      Value k, v;
      while (dict_next(loc.as<Dict>(), &pos, &k, &v)) list_append(l, k);
    }
    list_sort(l, Value(), false);
    return l;
  }
  Type* t = type_of(args[0]);
  if (t->layout == Layout::Module) {
    if (args[0].as<PyModule>()->dict.get() == rt.builtins && !install_lazy_builtins())
      return Value();
    if (!module_spec_attr(args[0].as<PyModule>()->dict, intern("__dir__"))) return Value();
    List* l = sequence_to_list(args[0].as<PyModule>()->dict.get());
    if (l) list_sort(l, Value(), false);
    return l;
  }
  if (t->layout == Layout::Type && !user_defined(lookup(t, intern("__dir__")))) {
    // type.__dir__: the names in the class and all its bases
    Dict* names = new_dict();
    if (!names) return Value();
    Tuple* mro = args[0].as<Type>()->mro;
    for (int64_t i = 0; mro && i < mro->size; i++) {
      int64_t pos = 0;
      Value k, v;
      while (dict_next(mro->at(i).as<Type>()->dict, &pos, &k, &v))
        if (dict_set(names, k, rt.None) < 0) return Value();
    }
    List* l = sequence_to_list(names);
    if (l) list_sort(l, Value(), false);
    return l;
  }
  if (t->layout == Layout::Type) return call1(lookup(t, intern("__dir__")), args[0]);
  return call_method(args[0], intern("__dir__"), nullptr, 0);
}

Value b_globals(Value, Value*, int64_t, Tuple*) {
  return rt.frame ? Value(rt.frame->globals.get()) : Value(rt.None);
}

}  // namespace

// locals(): also used by eval()/exec() (eval.cpp) for the caller's locals
Value b_locals(Value, Value*, int64_t, Tuple*) {
  Frame* f = rt.frame;
  if (!f) return rt.None;
  if (f->locals) return f->locals.get();
  Dict* d = new_dict();
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; i++) {
    Value v = f->slots()[i];
    if (v && co->varnames->at(i).as<Str>()->data()[0] != '.') dict_set(d, co->varnames->at(i), v);
  }
  return d;
}

namespace {

Value b_input(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs > 0) {
    Value s = to_str(args[0]);
    if (!s) return s;
    write_fd(1, s.as<Str>()->view());
  }
  flush_stdout();
  std::string line;
  int r = read_stdin_line(line);
  if (r < 0) return Value();
  if (r == 0) return raise(rt.EOFError, "EOF when reading a line");
  if (line.back() == '\n') line.pop_back();
  return new_str(line);
}

Value b_build_class(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs < 2) return raise(rt.TypeError, "__build_class__: not enough arguments");
  Function* fn = args[0].as<Function>();
  Str* name = args[1].as<Str>();
  Value bases_v = tuple_from_array(args + 2, nargs - 2);
  if (!bases_v) return bases_v;
  Value meta;
  int64_t nkw = kw ? kw->size : 0;
  Dict* class_kwargs = nullptr;
  for (int64_t i = 0; i < nkw; i++) {
    if (kw->at(i).as<Str>()->view() == "metaclass") {
      meta = args[nargs + i];
      continue;
    }
    if (!class_kwargs) class_kwargs = new_dict();
    if (!class_kwargs || dict_set(class_kwargs, kw->at(i), args[nargs + i]) < 0) return Value();
  }
  Value resolved = resolve_mro_entries(bases_v.as<Tuple>());
  if (!resolved) return resolved;
  Tuple* bases = resolved.as<Tuple>();
  if (!meta) {
    for (int64_t i = 0; i < bases->size; i++) {
      Type* mt = type_of(bases->at(i));
      if (mt != rt.type_type && !mt->builtin) meta = mt;
    }
  }
  // the metaclass's __prepare__ makes the namespace (type's: a new dict)
  Dict* ns = meta && meta != Value(rt.type_type)
                 ? prepare_namespace(meta, name, bases, class_kwargs)
                 : new_dict();
  if (!ns) return Value();
  if (resolved != bases_v && dict_set_str(ns, intern("__orig_bases__"), bases_v) < 0)
    return Value();
  Value r = run_class_body(fn, ns);
  if (!r) return r;
  if (meta && meta != Value(rt.type_type)) {
    int64_t n = class_kwargs ? class_kwargs->used : 0;
    std::vector<Value> margs = {name, bases, ns};
    Tuple* kwnames = n ? new_tuple(n) : nullptr;
    int64_t pos = 0, i = 0;
    Value k, v;
    while (class_kwargs && dict_next(class_kwargs, &pos, &k, &v)) {
      kwnames->items()[i++] = k;
      margs.push_back(v);
    }
    ValueRoots margs_roots(margs.data(), margs.size());
    Value cls = call(meta, margs.data(), 3, kwnames);
    if (!cls) return cls;
    Value cell = dict_get_str(ns, rt.s___classcell__);
    if (cell) cell.as<Cell>()->value = cls;
    return cls;
  }
  return make_class(name, bases, ns, class_kwargs);
}

Value b_exit(Value, Value* args, int64_t nargs, Tuple*) {
  return raise_value(make_exception(rt.SystemExit, args, nargs));
}

Value textio_write(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].is_ptr() || args[0].obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "write() argument must be str, not %s",
                     nargs ? type_name(args[0]) : "nothing");
  write_fd(textio_fd(self), args[0].as<Str>()->view());
  return new_int(args[0].as<Str>()->chars);
}

// Up to n characters (UTF-8) of stdin, stopping after a newline if `line`.
Value read_stdin_chars(int64_t n, bool line) {
  std::string out;
  int64_t chars = 0;
  for (;;) {
    int c = getc_stdin();
    if (c == kStdinRaised) return Value();
    if (c == EOF) break;
    bool starts_char = (c & 0xC0) != 0x80;
    if (starts_char && chars == n) {
      std::ungetc(c, stdin);
      break;
    }
    out += static_cast<char>(c);
    if (starts_char) chars++;
    if (line && c == '\n') break;
  }
  return new_str(out);
}

Value textio_readline(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (!io::size_arg(args, nargs, &n)) return Value();
  flush_stdout();
  if (n >= 0) return read_stdin_chars(n, true);
  std::string line;
  int r = read_stdin_line(line);
  if (r < 0) return Value();
  return r == 0 ? Value(rt.empty_str) : new_str(line);
}

Value textio_read(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (!io::size_arg(args, nargs, &n)) return Value();
  flush_stdout();
  if (n >= 0) return read_stdin_chars(n, false);
  std::string all, line;
  for (;;) {
    int r = read_stdin_line(line);
    if (r < 0) return Value();
    if (r == 0) break;
    all += line;
  }
  return new_str(all);
}

Value textio_readlines(Value self, Value*, int64_t, Tuple*) {
  List* l = new_list(0);
  if (!l) return Value();
  for (;;) {
    Value line = textio_readline(self, nullptr, 0, nullptr);
    if (!line) return line;
    if (line.as<Str>()->size == 0) return l;
    if (!list_append(l, line)) return Value();
  }
}

Value textio_iter(Value self, Value*, int64_t, Tuple*) { return self; }

Value textio_next(Value self, Value*, int64_t, Tuple*) {
  Value line = textio_readline(self, nullptr, 0, nullptr);
  if (!line) return line;
  if (line.as<Str>()->size == 0) return raise_value(rt.StopIteration);
  return line;
}

Value textio_flush(Value self, Value*, int64_t, Tuple*) {
  if (textio_fd(self) == 1) flush_stdout();
  return rt.None;
}

// The binary side of the std streams (sys.stdout.buffer ... in lib/_weft_sys.py): bytes go
// through the same buffer and stdio stream as the text, so the two stay in order.
Value textio_write_bytes(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1 || !args[0].is_ptr() || args[0].obj()->type->layout != Layout::Bytes)
    return raise(rt.TypeError, "_write_bytes(bytes)");
  write_fd(textio_fd(self), args[0].as<Str>()->view());
  return rt.None;
}

// _read_bytes(n): up to n bytes of stdin (all with n < 0); _read_bytes(None): one line
Value textio_read_bytes(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "_read_bytes(n)");
  std::string out, line;
  if (args[0] == Value(rt.None)) {
    if (read_stdin_line(out) < 0) return Value();
    return new_bytes(out);
  }
  int64_t n;
  if (!int_index(args[0], &n)) return Value();
  flush_stdout();
  while (n < 0 || static_cast<int64_t>(out.size()) < n) {
    int c = getc_stdin();
    if (c == kStdinRaised) return Value();
    if (c == EOF) break;
    out += static_cast<char>(c);
  }
  return new_bytes(out);
}

}  // namespace

void set_stdout_buffering(StdoutBuffering mode) { g_stdout_buffering = mode; }
StdoutBuffering stdout_buffering() { return g_stdout_buffering; }

void flush_stdout() {
  if (!g_stdout_buf.empty()) {
    std::fwrite(g_stdout_buf.data(), 1, g_stdout_buf.size(), stdout);
    g_stdout_buf.clear();
  }
  std::fflush(stdout);
}

Value print_to_stdout(std::string_view s) {
  write_fd(1, s);
  return rt.None;
}

Value ascii_of(Value v) {
  Value r = repr(v);
  if (!r) return r;
  Str* s = r.as<Str>();
  if (s->ascii) return r;
  std::string out;
  for (int64_t i = 0; i < s->size;) {
    int64_t n;
    uint32_t cp = utf8_decode_at(s->data() + i, &n);
    char buf[16];
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
    i += n;
  }
  return new_str(out);
}

Value make_textio(int fd) {
  Instance* f = alloc<Instance>(g_textio_type);
  if (!f) return Value();
  f->dict = new_dict();
  dict_set_str(f->dict, intern("_fd"), Value::small(fd));
  std_stream_attrs(f->dict, fd);
  return f;
}

void eval_init();

void builtins_init() {
  Dict* b = rt.builtins;
  auto def = [&](const char* name, NativeFn fn) {
    dict_set_str(b, intern(name), new_builtin(name, fn));
  };
  def("print", b_print);
  def("len", b_len);
  def("repr", b_repr);
  def("ascii", b_ascii);
  def("isinstance", b_isinstance);
  def("issubclass", b_issubclass);
  def("abs", b_abs);
  def("min", b_min);
  def("max", b_max);
  def("sum", b_sum);
  def("sorted", b_sorted);
  def("any", b_any);
  def("all", b_all);
  def("ord", b_ord);
  def("chr", b_chr);
  def("hex", b_hex);
  def("oct", b_oct);
  def("bin", b_bin);
  def("divmod", b_divmod);
  def("pow", b_pow);
  def("round", b_round);
  def("hash", b_hash);
  def("id", b_id);
  def("iter", b_iter);
  def("next", b_next);
  def("getattr", b_getattr);
  def("setattr", b_setattr);
  def("hasattr", b_hasattr);
  def("delattr", b_delattr);
  def("callable", b_callable);
  def("format", b_format);
  def("vars", b_vars);
  eval_init();
  def("dir", b_dir);
  def("globals", b_globals);
  def("locals", b_locals);
  def("input", b_input);
  def("__build_class__", b_build_class);
  def("exit", b_exit);
  def("quit", b_exit);
  struct {
    const char* name;
    Type* t;
  } types[] = {{"type", rt.type_type},
               {"object", rt.object_type},
               {"int", rt.int_type},
               {"float", rt.float_type},
               {"bool", rt.bool_type},
               {"str", rt.str_type},
               {"bytes", rt.bytes_type},
               {"tuple", rt.tuple_type},
               {"list", rt.list_type},
               {"dict", rt.dict_type},
               {"set", rt.set_type},
               {"frozenset", rt.frozenset_type},
               {"range", rt.range_type},
               {"slice", rt.slice_type},
               {"property", rt.property_type},
               {"staticmethod", rt.staticmethod_type},
               {"classmethod", rt.classmethod_type},
               {"super", rt.super_type}};
  for (auto& t : types) dict_set_str(b, intern(t.name), t.t);
#define WEFT_X(n, base) dict_set_str(b, intern(#n), rt.n);
  WEFT_PY_EXCEPTIONS(WEFT_X)
#undef WEFT_X
  dict_set_str(b, intern("NotImplemented"), rt.NotImplemented);
  dict_set_str(b, intern("Ellipsis"), rt.Ellipsis);
  dict_set_str(b, intern("__debug__"), cli_options().optimize ? rt.False : rt.True);
  dict_set_str(b, intern("__name__"), intern("builtins"));
  g_textio_type = new_builtin_type("TextIOWrapper", Layout::Instance, rt.object_type);
  gc::add_root(reinterpret_cast<void**>(&g_textio_type));  // instances may outlive sys
  add_method(g_textio_type, "write", textio_write);
  add_method(g_textio_type, "flush", textio_flush);
  add_method(g_textio_type, "_write_bytes", textio_write_bytes);
  add_method(g_textio_type, "_read_bytes", textio_read_bytes);
  add_method(g_textio_type, "readline", textio_readline);
  add_method(g_textio_type, "read", textio_read);
  add_method(g_textio_type, "readlines", textio_readlines);
  add_method(g_textio_type, "__iter__", textio_iter);
  add_method(g_textio_type, "__next__", textio_next);
  builtins_more_init(g_textio_type);
}

}  // namespace weft::python
