// hashlib (md5, sha1, sha224, sha256, sha384, sha512, new) on OpenSSL's libcrypto, which also
// gives random.seed(str) its SHA-512. A hash object owns an EVP_MD_CTX, freed by its finalizer.
#include <openssl/evp.h>

#include <string>

#include "runtime.h"

namespace weft::python {

namespace {

struct HashObj : Object {
  static constexpr const char* gc_name = "py.hashlib.hash";
  EVP_MD_CTX* ctx = nullptr;
  const EVP_MD* md = nullptr;
  void gc_trace(gc::Tracer& t) const { t(type); }
  void gc_finalize() {
    if (ctx) EVP_MD_CTX_free(ctx);
    ctx = nullptr;
  }
};

Type* g_hash_type = nullptr;

const char* const kNames[] = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"};

const EVP_MD* md_named(std::string_view n) {
  if (n == "md5") return EVP_md5();
  if (n == "sha1") return EVP_sha1();
  if (n == "sha224") return EVP_sha224();
  if (n == "sha256") return EVP_sha256();
  if (n == "sha384") return EVP_sha384();
  if (n == "sha512") return EVP_sha512();
  return nullptr;
}

// The bytes of a bytes-like argument (bytes, bytearray, memoryview ...), as CPython's hash
// constructors take them; str is refused with CPython's message.
bool data_of(Value v, std::string* out) {
  if (v.is_ptr() && v.obj()->type->layout == Layout::Bytes) {
    *out = std::string(v.as<Str>()->view());
    return true;
  }
  if (v.is_ptr() && v.obj()->type->layout == Layout::Str) {
    raise(rt.TypeError, "Strings must be encoded before hashing");
    return false;
  }
  Value b = v.is_ptr() && !is_int(v) ? call1(rt.bytes_type, v) : Value();
  if (!b || !b.is_ptr() || b.obj()->type->layout != Layout::Bytes) {
    clear_exc();
    raise(rt.TypeError, "object supporting the buffer API required");
    return false;
  }
  *out = std::string(b.as<Str>()->view());
  return true;
}

HashObj* self_hash(Value self) {
  if (!self.is_ptr() || self.obj()->type != g_hash_type || !self.as<HashObj>()->ctx) {
    raise(rt.TypeError, "descriptor requires a '_hashlib.HASH' object");
    return nullptr;
  }
  return self.as<HashObj>();
}

HashObj* new_hash(const EVP_MD* md) {
  HashObj* h = alloc<HashObj>(g_hash_type);
  if (!h) return nullptr;
  h->md = md;
  h->ctx = EVP_MD_CTX_new();
  if (!h->ctx || EVP_DigestInit_ex(h->ctx, md, nullptr) != 1) {
    raise(rt.MemoryError, "");
    return nullptr;
  }
  return h;
}

Value h_update(Value self, Value* args, int64_t nargs, Tuple*) {
  HashObj* h = self_hash(self);
  if (!h) return Value();
  if (nargs != 1) return raise(rt.TypeError, "update() takes exactly one argument");
  std::string d;
  if (!data_of(args[0], &d)) return Value();
  EVP_DigestUpdate(h->ctx, d.data(), d.size());
  return rt.None;
}

// The digest so far; the object stays usable (a copy of the context is finished).
bool finish(HashObj* h, std::string* out) {
  EVP_MD_CTX* c = EVP_MD_CTX_new();
  if (!c || EVP_MD_CTX_copy_ex(c, h->ctx) != 1) {
    if (c) EVP_MD_CTX_free(c);
    raise(rt.MemoryError, "");
    return false;
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_DigestFinal_ex(c, md, &n);
  EVP_MD_CTX_free(c);
  out->assign(reinterpret_cast<const char*>(md), n);
  return true;
}

Value h_digest(Value self, Value*, int64_t, Tuple*) {
  HashObj* h = self_hash(self);
  std::string d;
  if (!h || !finish(h, &d)) return Value();
  return new_bytes(d);
}

Value h_hexdigest(Value self, Value*, int64_t, Tuple*) {
  HashObj* h = self_hash(self);
  std::string d;
  if (!h || !finish(h, &d)) return Value();
  static const char hex[] = "0123456789abcdef";
  std::string r;
  for (unsigned char c : d) {
    r += hex[c >> 4];
    r += hex[c & 15];
  }
  return new_str(r);
}

Value h_copy(Value self, Value*, int64_t, Tuple*) {
  HashObj* h = self_hash(self);
  if (!h) return Value();
  HashObj* c = new_hash(h->md);
  if (!c) return Value();
  if (EVP_MD_CTX_copy_ex(c->ctx, h->ctx) != 1) return raise(rt.MemoryError, "");
  return c;
}

// properties: called with the hash object as their one argument
Value h_name_lower(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  if (!h) return Value();
  std::string n = EVP_MD_get0_name(h->md);
  for (char& c : n) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  // OpenSSL spells them "SHA2-256" &c.; hashlib's names are the constructors'
  for (const char* k : kNames)
    if (md_named(k) == h->md) return new_str(k);
  return new_str(n);
}
Value h_digest_size(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  return h ? new_int(EVP_MD_get_size(h->md)) : Value();
}
Value h_block_size(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  return h ? new_int(EVP_MD_get_block_size(h->md)) : Value();
}

Value make(const EVP_MD* md, Value* args, int64_t nargs, Tuple* kw) {
  Value data;
  if (nargs > 1) return raise(rt.TypeError, "hash constructor takes at most 1 positional argument");
  if (nargs == 1) data = args[0];
  for (int64_t i = 0; kw && i < kw->size; i++) {
    std::string_view k = kw->at(i).as<Str>()->view();
    if (k == "string" || k == "data") {
      data = args[nargs + i];
    } else if (k != "usedforsecurity") {
      return raise_fmt(rt.TypeError, "'%s' is an invalid keyword argument for this function",
                       std::string(k).c_str());
    }
  }
  HashObj* h = new_hash(md);
  if (!h) return Value();
  if (data) {
    std::string d;
    if (!data_of(data, &d)) return Value();
    EVP_DigestUpdate(h->ctx, d.data(), d.size());
  }
  return h;
}

#define WEFT_HASH_CTOR(n)                                        \
  Value ctor_##n(Value, Value* args, int64_t nargs, Tuple* kw) { \
    return make(EVP_##n(), args, nargs, kw);                     \
  }
WEFT_HASH_CTOR(md5)
WEFT_HASH_CTOR(sha1)
WEFT_HASH_CTOR(sha224)
WEFT_HASH_CTOR(sha256)
WEFT_HASH_CTOR(sha384)
WEFT_HASH_CTOR(sha512)
#undef WEFT_HASH_CTOR

Value hl_new(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (nargs < 1 || !args[0].is_ptr() || args[0].obj()->type->layout != Layout::Str)
    return raise(rt.TypeError, "new() argument 'name' must be str");
  std::string n(args[0].as<Str>()->view());
  for (char& c : n) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const EVP_MD* md = md_named(n);
  if (!md) return raise_fmt(rt.ValueError, "unsupported hash type %s", n.c_str());
  return make(md, args + 1, nargs - 1, kw);
}

bool init_hash_type() {
  if (g_hash_type) return true;
  Type* t = new_builtin_type("HASH", Layout::Object, rt.object_type);
  if (!t) return false;
  g_hash_type = t;
  gc::add_root(reinterpret_cast<void**>(&g_hash_type));
  dict_set_str(t->dict, intern("__module__"), intern("_hashlib"));
  add_method(t, "update", h_update);
  add_method(t, "digest", h_digest);
  add_method(t, "hexdigest", h_hexdigest);
  add_method(t, "copy", h_copy);
  struct {
    const char* name;
    NativeFn fn;
  } props[] = {
      {"name", h_name_lower}, {"digest_size", h_digest_size}, {"block_size", h_block_size}};
  for (auto& p : props) {
    Wrapper* w = alloc<Wrapper>(rt.property_type);
    Value getter = new_builtin(p.name, p.fn);
    if (!w || !getter) return false;
    w->a = getter;
    dict_set_str(t->dict, intern(p.name), w);
  }
  return true;
}

}  // namespace

bool sha512_digest(std::string_view data, std::string* out) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (EVP_Digest(data.data(), data.size(), md, &n, EVP_sha512(), nullptr) != 1) {
    raise(rt.MemoryError, "");
    return false;
  }
  out->assign(reinterpret_cast<const char*>(md), n);
  return true;
}

PyModule* make_hashlib_module() {
  if (!init_hash_type()) return nullptr;
  PyModule* m = alloc<PyModule>(rt.module_type);
  if (!m) return nullptr;
  m->name = intern("hashlib");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"md5", ctor_md5},       {"sha1", ctor_sha1},     {"sha224", ctor_sha224},
             {"sha256", ctor_sha256}, {"sha384", ctor_sha384}, {"sha512", ctor_sha512},
             {"new", hl_new}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  Set* names = new_set(rt.frozenset_type);
  if (!names) return nullptr;
  for (const char* k : kNames) set_add(names, intern(k));
  dict_set_str(m->dict, intern("algorithms_guaranteed"), names);
  dict_set_str(m->dict, intern("algorithms_available"), names);
  return m;
}

}  // namespace weft::python
