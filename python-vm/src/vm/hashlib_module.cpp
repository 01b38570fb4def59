// hashlib (md5, sha1, sha2, sha3, blake2b/blake2s with their default sizes, new) on OpenSSL's
// libcrypto, which also
// gives random.seed(str) its SHA-512. A hash object owns an EVP_MD_CTX, freed by its finalizer.
// libcrypto is opened with dlopen on first use: linked in, its load-time relocations made every
// start of weft-python 13% dearer (callgrind, `-c pass`) for programs that never hash.
#include <dlfcn.h>
#include <openssl/evp.h>

#include <iterator>
#include <string>

#include "runtime.h"

namespace weft::python {

namespace {

// The libcrypto functions weft calls, bound by crypto() (the EVP_* names are only types here).
struct Crypto {
  decltype(&EVP_MD_CTX_new) ctx_new;
  decltype(&EVP_MD_CTX_free) ctx_free;
  decltype(&EVP_MD_CTX_copy_ex) ctx_copy;
  decltype(&EVP_DigestInit_ex) init;
  decltype(&EVP_DigestUpdate) update;
  decltype(&EVP_DigestFinal_ex) final;
  decltype(&EVP_Digest) digest;
  decltype(&EVP_MD_get_size) md_size;
  decltype(&EVP_MD_get_block_size) md_block_size;
  decltype(&EVP_md5) md5;
  decltype(&EVP_sha1) sha1;
  decltype(&EVP_sha224) sha224;
  decltype(&EVP_sha256) sha256;
  decltype(&EVP_sha384) sha384;
  decltype(&EVP_sha512) sha512;
  decltype(&EVP_get_digestbyname) by_name;
};
Crypto g_crypto;
bool g_crypto_loaded = false;

template <class F>
bool bind(void* lib, F* slot, const char* name) {
  *slot = reinterpret_cast<F>(dlsym(lib, name));
  return *slot != nullptr;
}

// libcrypto's functions, or null with ImportError
const Crypto* crypto() {
  if (g_crypto_loaded) return &g_crypto;
  void* lib = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
  if (!lib) lib = dlopen("libcrypto.so", RTLD_NOW | RTLD_LOCAL);
  Crypto& c = g_crypto;
  bool ok =
      lib && bind(lib, &c.ctx_new, "EVP_MD_CTX_new") && bind(lib, &c.ctx_free, "EVP_MD_CTX_free") &&
      bind(lib, &c.ctx_copy, "EVP_MD_CTX_copy_ex") && bind(lib, &c.init, "EVP_DigestInit_ex") &&
      bind(lib, &c.update, "EVP_DigestUpdate") && bind(lib, &c.final, "EVP_DigestFinal_ex") &&
      bind(lib, &c.digest, "EVP_Digest") && bind(lib, &c.md_size, "EVP_MD_get_size") &&
      bind(lib, &c.md_block_size, "EVP_MD_get_block_size") && bind(lib, &c.md5, "EVP_md5") &&
      bind(lib, &c.sha1, "EVP_sha1") && bind(lib, &c.sha224, "EVP_sha224") &&
      bind(lib, &c.sha256, "EVP_sha256") && bind(lib, &c.sha384, "EVP_sha384") &&
      bind(lib, &c.sha512, "EVP_sha512") && bind(lib, &c.by_name, "EVP_get_digestbyname");
  if (!ok) {
    raise(rt.ImportError, "weft-python needs OpenSSL's libcrypto (libcrypto.so.3) for hashing");
    return nullptr;
  }
  g_crypto_loaded = true;
  return &g_crypto;
}

struct HashObj : Object {
  static constexpr const char* gc_name = "py.hashlib.hash";
  static constexpr bool gc_pinned = true;  // see init_vm (vm.cpp)
  EVP_MD_CTX* ctx = nullptr;
  const EVP_MD* md = nullptr;
  void gc_trace(gc::Tracer& t) const { t(type); }
  void gc_finalize() {
    if (ctx) g_crypto.ctx_free(ctx);
    ctx = nullptr;
  }
};

Type* g_hash_type = nullptr;

const char* const kNames[] = {"md5",      "sha1",     "sha224",   "sha256",   "sha384",  "sha512",
                              "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"};
// OpenSSL's names for the ones without an EVP_* function here (same order as kNames from 6)
const char* const kOpenSslNames[] = {"SHA3-224", "SHA3-256",    "SHA3-384",
                                     "SHA3-512", "BLAKE2B-512", "BLAKE2S-256"};

const EVP_MD* md_named(std::string_view n) {
  const Crypto& c = g_crypto;
  if (n == "md5") return c.md5();
  if (n == "sha1") return c.sha1();
  if (n == "sha224") return c.sha224();
  if (n == "sha256") return c.sha256();
  if (n == "sha384") return c.sha384();
  if (n == "sha512") return c.sha512();
  for (size_t i = 6; i < std::size(kNames); i++)
    if (n == kNames[i]) return c.by_name(kOpenSslNames[i - 6]);
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
  h->ctx = g_crypto.ctx_new();
  if (!h->ctx || g_crypto.init(h->ctx, md, nullptr) != 1) {
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
  g_crypto.update(h->ctx, d.data(), d.size());
  return rt.None;
}

// The digest so far; the object stays usable (a copy of the context is finished).
bool finish(HashObj* h, std::string* out) {
  EVP_MD_CTX* c = g_crypto.ctx_new();
  if (!c || g_crypto.ctx_copy(c, h->ctx) != 1) {
    if (c) g_crypto.ctx_free(c);
    raise(rt.MemoryError, "");
    return false;
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  g_crypto.final(c, md, &n);
  g_crypto.ctx_free(c);
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
  if (g_crypto.ctx_copy(c->ctx, h->ctx) != 1) return raise(rt.MemoryError, "");
  return c;
}

// properties: called with the hash object as their one argument
// hashlib's name for the algorithm (OpenSSL spells them "SHA2-256" &c.)
Value h_name_lower(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  if (!h) return Value();
  for (const char* k : kNames)
    if (md_named(k) == h->md) return new_str(k);
  return new_str("unknown");
}
Value h_digest_size(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  return h ? new_int(g_crypto.md_size(h->md)) : Value();
}
Value h_block_size(Value, Value* args, int64_t, Tuple*) {
  HashObj* h = self_hash(args[0]);
  return h ? new_int(g_crypto.md_block_size(h->md)) : Value();
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
    g_crypto.update(h->ctx, d.data(), d.size());
  }
  return h;
}

#define WEFT_HASH_CTOR(n)                                        \
  Value ctor_##n(Value, Value* args, int64_t nargs, Tuple* kw) { \
    return make(g_crypto.n(), args, nargs, kw);                  \
  }
WEFT_HASH_CTOR(md5)
WEFT_HASH_CTOR(sha1)
WEFT_HASH_CTOR(sha224)
WEFT_HASH_CTOR(sha256)
WEFT_HASH_CTOR(sha384)
WEFT_HASH_CTOR(sha512)
#undef WEFT_HASH_CTOR

// sha3_* and blake2*: the constructor's own name picks the digest (blake2's key, salt and
// digest_size parameters are not supported: a TypeError for the unknown keyword)
template <int kIndex>
Value ctor_named(Value, Value* args, int64_t nargs, Tuple* kw) {
  const EVP_MD* md = md_named(kNames[kIndex]);
  if (!md) return raise_fmt(rt.ValueError, "unsupported hash type %s", kNames[kIndex]);
  return make(md, args, nargs, kw);
}

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
  for (auto& p : props)
    if (!add_getter(t, p.name, p.fn)) return false;
  return true;
}

}  // namespace

bool sha512_digest(std::string_view data, std::string* out) {
  const Crypto* c = crypto();
  if (!c) return false;
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (c->digest(data.data(), data.size(), md, &n, c->sha512(), nullptr) != 1) {
    raise(rt.MemoryError, "");
    return false;
  }
  out->assign(reinterpret_cast<const char*>(md), n);
  return true;
}

PyModule* make_hashlib_module() {
  if (!crypto() || !init_hash_type()) return nullptr;
  PyModule* m = new_native_module("hashlib");
  if (!m) return nullptr;
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"md5", ctor_md5},
             {"sha1", ctor_sha1},
             {"sha224", ctor_sha224},
             {"sha256", ctor_sha256},
             {"sha384", ctor_sha384},
             {"sha512", ctor_sha512},
             {"sha3_224", ctor_named<6>},
             {"sha3_256", ctor_named<7>},
             {"sha3_384", ctor_named<8>},
             {"sha3_512", ctor_named<9>},
             {"blake2b", ctor_named<10>},
             {"blake2s", ctor_named<11>},
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
