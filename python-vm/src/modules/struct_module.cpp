// `_weft_struct`: the native half of lib/_struct.py. Python parses a format once (cached) into
// items (code, count, offset, size); packing and unpacking the items is here. The native path
// takes the common values (small ints in range, floats, bytes); for anything else it answers
// None and lib/_struct.py's Python path runs, which raises CPython's exact errors.
// `pack(fmt, *args)` and `unpack(fmt, buffer)`, the module-level functions, keep their own
// cache from format to items so that a call makes no Python-level call at all.
#include <cmath>
#include <cstring>
#include <string>

#include "../vm/runtime.h"
#include "weft/gc/roots.h"

namespace weft::python {

namespace {

// The compiled form of a format, as lib/_struct.py's Struct holds it.
struct Spec {
  Tuple* items = nullptr;  // (code, count, offset, size) per item
  bool little = true;
  int64_t nargs = 0;
  int64_t size = 0;
};

Dict* g_cache = nullptr;     // format -> (Struct._spec, Struct) (a root)
Str* g_spec_name = nullptr;  // "_spec" (interned, a root)
Value g_compile;             // lib's _get(fmt): the cached Struct (a root)
Value g_slow_pack;           // lib's _slow_pack(fmt, args): raises the error (a root)
Value g_slow_unpack;         // lib's _slow_unpack(fmt, buffer) (a root)

bool small_field(Tuple* item, int i, int64_t* out) {
  Value v = item->at(i);
  if (!v.is_small()) return false;
  *out = v.small_val();
  return true;
}

// A Struct's _spec: the tuple (items, little, nargs, size).
bool spec_of(Value spec, Spec* s) {
  Tuple* t = spec.is_ptr() && spec.obj()->type == rt.tuple_type ? spec.as<Tuple>() : nullptr;
  if (!t || t->size != 4 || !t->at(0).is_ptr() || t->at(0).obj()->type != rt.tuple_type ||
      !t->at(2).is_small() || !t->at(3).is_small()) {
    raise(rt.TypeError, "_weft_struct: not a compiled Struct");
    return false;
  }
  s->items = t->at(0).as<Tuple>();
  s->little = t->at(1) == Value(rt.True);
  s->nargs = t->at(2).small_val();
  s->size = t->at(3).small_val();
  return true;
}

void put_uint(unsigned char* p, uint64_t v, int64_t size, bool little) {
  for (int64_t i = 0; i < size; i++) {
    unsigned char b = static_cast<unsigned char>(v >> (8 * i));
    p[little ? i : size - 1 - i] = b;
  }
}

uint64_t get_uint(const unsigned char* p, int64_t size, bool little) {
  uint64_t v = 0;
  for (int64_t i = 0; i < size; i++) v |= uint64_t{p[little ? i : size - 1 - i]} << (8 * i);
  return v;
}

bool is_unsigned(char code) { return std::strchr("BHILQNP", code) != nullptr; }

// Packs `args` at `out` (zeroed, s.size bytes): false when a value needs the Python path.
bool pack_fast(const Spec& s, const Value* args, int64_t nargs, unsigned char* out) {
  if (nargs != s.nargs) return false;
  for (int64_t k = 0; k < s.items->size; k++) {
    Value it = s.items->at(k);
    if (!it.is_ptr() || it.obj()->type != rt.tuple_type) return false;
    Tuple* item = it.as<Tuple>();
    int64_t count, offset, size;
    if (item->size != 4 || !small_field(item, 1, &count) || !small_field(item, 2, &offset) ||
        !small_field(item, 3, &size))
      return false;
    char code = item->at(0).as<Str>()->data()[0];
    Value v = args[k];
    unsigned char* p = out + offset;
    switch (code) {
      case 's':
      case 'p':
      case 'c': {
        if (!v.is_ptr() || v.obj()->type != rt.bytes_type) return false;
        Str* b = v.as<Str>();
        if (code == 'c') {
          if (b->size != 1) return false;
          *p = static_cast<unsigned char>(b->data()[0]);
        } else if (code == 's') {
          std::memcpy(p, b->data(), static_cast<size_t>(std::min(b->size, count)));
        } else if (count > 0) {
          int64_t n = std::min<int64_t>(std::min(b->size, count - 1), 255);
          *p = static_cast<unsigned char>(n);
          std::memcpy(p + 1, b->data(), static_cast<size_t>(n));
        }
        break;
      }
      case '?': {
        int t = truthy(v);
        if (t < 0) return false;
        *p = static_cast<unsigned char>(t);
        break;
      }
      case 'e':
      case 'f':
      case 'd': {
        double d;
        if (!to_double(v, &d)) return false;
        unsigned char buf[8];
        if (size == 8) {
          std::memcpy(buf, &d, 8);
        } else if (size == 4) {
          float f = static_cast<float>(d);
          if (std::isinf(f) && !std::isinf(d)) return false;
          std::memcpy(buf, &f, 4);
        } else {
          _Float16 h = static_cast<_Float16>(d);
          if (std::isinf(static_cast<double>(h)) && !std::isinf(d)) return false;
          std::memcpy(buf, &h, 2);
        }
        // the host is little-endian (as _weft_struct.pack_float assumes)
        for (int64_t i = 0; i < size; i++) p[s.little ? i : size - 1 - i] = buf[i];
        break;
      }
      default: {
        if (!v.is_small()) return false;  // bools, big ints, __index__ objects: Python
        int64_t x = v.small_val();
        int64_t bits = size * 8;
        if (is_unsigned(code)) {
          if (x < 0 || (bits < 64 && static_cast<uint64_t>(x) >> bits)) return false;
        } else if (bits < 64) {
          int64_t lim = int64_t{1} << (bits - 1);
          if (x < -lim || x >= lim) return false;
        }
        put_uint(p, static_cast<uint64_t>(x), size, s.little);
      }
    }
  }
  return true;
}

Value pack_spec(const Spec& s, const Value* args, int64_t nargs) {
  Str* out = new_str_raw(s.size);
  if (!out) return Value();
  unsigned char* p = reinterpret_cast<unsigned char*>(out->data());
  std::memset(p, 0, static_cast<size_t>(s.size));
  if (!pack_fast(s, args, nargs, p)) return rt.None;
  out->type = rt.bytes_type;
  out->chars = out->size;  // as new_bytes makes them
  out->ascii = true;
  return out;
}

// The values of `data[base:base + s.size]`, or None when one needs the Python path.
Value unpack_spec(const Spec& s, const unsigned char* data) {
  Tuple* r = new_tuple(s.items->size);
  if (!r) return Value();
  for (int64_t k = 0; k < s.items->size; k++) {
    Value it = s.items->at(k);
    if (!it.is_ptr() || it.obj()->type != rt.tuple_type) return rt.None;
    Tuple* item = it.as<Tuple>();
    int64_t count, offset, size;
    if (item->size != 4 || !small_field(item, 1, &count) || !small_field(item, 2, &offset) ||
        !small_field(item, 3, &size))
      return rt.None;
    char code = item->at(0).as<Str>()->data()[0];
    const unsigned char* p = data + offset;
    Value v;
    switch (code) {
      case 's':
      case 'c':
        v = new_bytes(std::string_view(reinterpret_cast<const char*>(p), size));
        break;
      case 'p': {
        int64_t n = count ? std::min<int64_t>(p[0], count - 1) : 0;
        v = new_bytes(std::string_view(reinterpret_cast<const char*>(p + 1), n));
        break;
      }
      case '?':
        v = *p ? rt.True : rt.False;
        break;
      case 'e':
      case 'f':
      case 'd': {
        unsigned char buf[8];
        for (int64_t i = 0; i < size; i++) buf[i] = p[s.little ? i : size - 1 - i];
        double d;
        if (size == 8) {
          std::memcpy(&d, buf, 8);
        } else if (size == 4) {
          float f;
          std::memcpy(&f, buf, 4);
          d = f;
        } else {
          _Float16 h;
          std::memcpy(&h, buf, 2);
          d = static_cast<double>(h);
        }
        v = new_float(d);
        break;
      }
      default: {
        uint64_t u = get_uint(p, size, s.little);
        if (is_unsigned(code)) {
          if (u > static_cast<uint64_t>(INT64_MAX)) return rt.None;
          v = new_int(static_cast<int64_t>(u));
        } else {
          int64_t bits = size * 8;
          if (bits < 64 && (u >> (bits - 1)) & 1) u |= ~uint64_t{0} << bits;  // sign-extend
          v = new_int(static_cast<int64_t>(u));
        }
      }
    }
    if (!v) return Value();
    r->items()[k] = v;
  }
  return r;
}

bool is_bytes(Value v) { return v.is_ptr() && v.obj()->type == rt.bytes_type; }

// pack_items(spec, args) -> bytes, or None: the Python path must pack
Value st_pack_items(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !args[1].is_ptr() || args[1].obj()->type != rt.tuple_type)
    return raise(rt.TypeError, "pack_items(spec, args)");
  Spec s;
  if (!spec_of(args[0], &s)) return Value();
  Tuple* a = args[1].as<Tuple>();
  return pack_spec(s, reinterpret_cast<Value*>(a->items()), a->size);
}

// unpack_items(spec, data, base) -> tuple, or None: the Python path must unpack. data is
// bytes holding at least base + size bytes (the caller checked).
Value st_unpack_items(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t base;
  if (nargs != 3 || !is_bytes(args[1]) || !args[2].is_small())
    return raise(rt.TypeError, "unpack_items(spec, data, base)");
  Spec s;
  if (!spec_of(args[0], &s)) return Value();
  base = args[2].small_val();
  if (base < 0 || base + s.size > args[1].as<Str>()->size)
    return raise(rt.ValueError, "unpack_items: out of range");
  return unpack_spec(s, reinterpret_cast<const unsigned char*>(args[1].as<Str>()->data()) + base);
}

// (spec, Struct) of a format through the module's cache (lib's _get on a miss).
Tuple* struct_of(Value fmt) {
  Value e = dict_get(g_cache, fmt);
  if (e) return e.as<Tuple>();
  if (rt.exc) return nullptr;
  Value pair[2];
  pair[1] = call1(g_compile, fmt);
  if (!pair[1]) return nullptr;
  pair[0] = getattr(pair[1], g_spec_name);
  if (!pair[0]) return nullptr;
  e = tuple_from_array(pair, 2);
  if (!e) return nullptr;
  if (g_cache->used >= 100) g_cache = new_dict();
  if (!g_cache || dict_set(g_cache, fmt, e) < 0) return nullptr;
  return e.as<Tuple>();
}

// struct.pack(fmt, *args)
Value st_pack(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("pack", kw)) return Value();
  if (nargs < 1) return raise(rt.TypeError, "pack expected at least 1 argument, got 0");
  Tuple* e = struct_of(args[0]);
  if (!e) return Value();
  Spec s;
  if (!spec_of(e->at(0), &s)) return Value();
  Value r = pack_spec(s, args + 1, nargs - 1);
  if (r != Value(rt.None)) return r;
  Value rest = tuple_from_array(args + 1, nargs - 1);
  if (!rest) return rest;
  return call2(g_slow_pack, e->at(1), rest);
}

// struct.unpack(fmt, buffer)
Value st_unpack(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("unpack", kw)) return Value();
  if (nargs != 2)
    return raise_fmt(rt.TypeError, "unpack expected 2 arguments, got %d", static_cast<int>(nargs));
  Tuple* e = struct_of(args[0]);
  if (!e) return Value();
  Spec s;
  if (!spec_of(e->at(0), &s)) return Value();
  if (is_bytes(args[1]) && args[1].as<Str>()->size == s.size) {
    Value r = unpack_spec(s, reinterpret_cast<const unsigned char*>(args[1].as<Str>()->data()));
    if (r != Value(rt.None)) return r;
  }
  return call2(g_slow_unpack, e->at(1), args[1]);
}

// init(compile, slow_pack, slow_unpack): lib/_struct.py's functions the native ones fall back on
Value st_init(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 3) return raise(rt.TypeError, "init(compile, slow_pack, slow_unpack)");
  g_compile = args[0];
  g_slow_pack = args[1];
  g_slow_unpack = args[2];
  return rt.None;
}

Value st_clear_cache(Value, Value*, int64_t, Tuple*) {
  g_cache = new_dict();
  return g_cache ? Value(rt.None) : Value();
}

// _weft_struct.pack_float(x, size, little) -> bytes: x in IEEE binary16/32/64.
Value st_pack_float(Value, Value* args, int64_t nargs, Tuple*) {
  double d;
  int64_t size;
  if (nargs != 3 || !int_index(args[1], &size))
    return rt.exc ? Value() : raise(rt.TypeError, "pack_float");
  if (!to_double(args[0], &d)) {
    if (rt.exc) return Value();
    return raise(rt.TypeError, "required argument is not a float");
  }
  bool little = truthy(args[2]) > 0;
  unsigned char buf[8];
  if (size == 8) {
    std::memcpy(buf, &d, 8);
  } else if (size == 4) {
    float f = static_cast<float>(d);
    if (std::isinf(f) && !std::isinf(d))
      return raise(rt.OverflowError, "float too large to pack with f format");
    std::memcpy(buf, &f, 4);
  } else if (size == 2) {
    _Float16 h = static_cast<_Float16>(d);
    if (std::isinf(static_cast<double>(h)) && !std::isinf(d))
      return raise(rt.OverflowError, "float too large to pack with e format");
    std::memcpy(buf, &h, 2);
  } else {
    return raise(rt.ValueError, "bad float size");
  }
  // the host is little-endian (x86-64, aarch64 as configured by the toolchain)
  std::string out(reinterpret_cast<char*>(buf), static_cast<size_t>(size));
  if (!little) std::string(out.rbegin(), out.rend()).swap(out);
  return new_bytes(out);
}

// _weft_struct.unpack_float(b, little) -> float, the size being len(b).
Value st_unpack_float(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !is_bytes(args[0])) return raise(rt.TypeError, "unpack_float");
  std::string b(args[0].as<Str>()->view());
  if (truthy(args[1]) <= 0) std::string(b.rbegin(), b.rend()).swap(b);
  if (b.size() == 8) {
    double d;
    std::memcpy(&d, b.data(), 8);
    return new_float(d);
  }
  if (b.size() == 4) {
    float f;
    std::memcpy(&f, b.data(), 4);
    return new_float(f);
  }
  if (b.size() == 2) {
    _Float16 h;
    std::memcpy(&h, b.data(), 2);
    return new_float(static_cast<double>(h));
  }
  return raise(rt.ValueError, "bad float size");
}

}  // namespace

PyModule* make_struct_support() {
  PyModule* m = new_native_module("_weft_struct");
  if (!m) return nullptr;
  if (!g_cache) {
    for (void** r :
         {reinterpret_cast<void**>(&g_cache), reinterpret_cast<void**>(&g_spec_name),
          reinterpret_cast<void**>(&g_compile.raw), reinterpret_cast<void**>(&g_slow_pack.raw),
          reinterpret_cast<void**>(&g_slow_unpack.raw)})
      gc::add_root(r);
    g_cache = new_dict();
    g_spec_name = intern("_spec");
  }
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"pack_float", st_pack_float},
             {"unpack_float", st_unpack_float},
             {"pack_items", st_pack_items},
             {"unpack_items", st_unpack_items},
             {"pack", st_pack},
             {"unpack", st_unpack},
             {"init", st_init},
             {"clear_cache", st_clear_cache}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  return m;
}

}  // namespace weft::python
