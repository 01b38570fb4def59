// hashlib (md5, sha1, sha2, sha3, shake, new, pbkdf2_hmac) on OpenSSL's libcrypto, which also
// gives random.seed(str) its SHA-512; blake2b/blake2s with all their parameters on libb2
// (blake2_hash.h). A hash object owns an EVP_MD_CTX, freed by its finalizer. libcrypto is opened
// with dlopen on first use: linked in, its load-time relocations made every start of weft-python
// 13% dearer (callgrind, `-c pass`) for programs that never hash.
#include <dlfcn.h>
#include <openssl/evp.h>

#include <iterator>
#include <string>

#include "blake2_hash.h"
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
  decltype(&EVP_DigestFinalXOF) final_xof;
  decltype(&PKCS5_PBKDF2_HMAC) pbkdf2_hmac;
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
      bind(lib, &c.sha512, "EVP_sha512") && bind(lib, &c.by_name, "EVP_get_digestbyname") &&
      bind(lib, &c.final_xof, "EVP_DigestFinalXOF") &&
      bind(lib, &c.pbkdf2_hmac, "PKCS5_PBKDF2_HMAC");
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
Type* g_xof_type = nullptr;  // HASHXOF: shake_128/256, whose digest() takes a length
Type* g_blake2_types[2];     // blake2b, blake2s (their own types, as CPython's _blake2)

const char* const kNames[] = {"md5",     "sha1",     "sha224",    "sha256",   "sha384",
                              "sha512",  "sha3_224", "sha3_256",  "sha3_384", "sha3_512",
                              "blake2b", "blake2s",  "shake_128", "shake_256"};
// OpenSSL's names for the ones without an EVP_* function here (same order as kNames from 6)
const char* const kOpenSslNames[] = {"SHA3-224",    "SHA3-256",    "SHA3-384", "SHA3-512",
                                     "BLAKE2B-512", "BLAKE2S-256", "SHAKE128", "SHAKE256"};

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

bool is_xof(const EVP_MD* md) { return md == md_named("shake_128") || md == md_named("shake_256"); }

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
  if (!self.is_ptr() || (self.obj()->type != g_hash_type && self.obj()->type != g_xof_type) ||
      !self.as<HashObj>()->ctx) {
    raise(rt.TypeError, "descriptor requires a '_hashlib.HASH' object");
    return nullptr;
  }
  return self.as<HashObj>();
}

HashObj* new_hash(const EVP_MD* md) {
  HashObj* h = alloc<HashObj>(is_xof(md) ? g_xof_type : g_hash_type);
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

// The digest so far (`length` bytes of a shake's output); the object stays usable (a copy of
// the context is finished).
bool finish(HashObj* h, std::string* out, size_t length = 0) {
  EVP_MD_CTX* c = g_crypto.ctx_new();
  if (!c || g_crypto.ctx_copy(c, h->ctx) != 1) {
    if (c) g_crypto.ctx_free(c);
    raise(rt.MemoryError, "");
    return false;
  }
  if (h->type == g_xof_type) {
    out->assign(length, '\0');
    if (length) g_crypto.final_xof(c, reinterpret_cast<unsigned char*>(out->data()), length);
    g_crypto.ctx_free(c);
    return true;
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  g_crypto.final(c, md, &n);
  g_crypto.ctx_free(c);
  out->assign(reinterpret_cast<const char*>(md), n);
  return true;
}

Value hex_of(const std::string& d) {
  static const char hex[] = "0123456789abcdef";
  std::string r;
  for (unsigned char c : d) {
    r += hex[c >> 4];
    r += hex[c & 15];
  }
  return new_str(r);
}

// a shake's digest(length) / hexdigest(length)
bool xof_finish(const char* fname, Value self, Value* args, int64_t nargs, Tuple* kw,
                std::string* out) {
  HashObj* h = self_hash(self);
  if (!h) return false;
  Value a[1];
  if (!parse_args(fname, args, nargs, kw, 0, {"length"}, a)) return false;
  if (!a[0]) {
    raise_fmt(rt.TypeError, "%s() missing required argument 'length' (pos 1)", fname);
    return false;
  }
  int64_t n;
  if (!int_index(a[0], &n)) return false;
  if (n < 0) {  // CPython 3.11 asks for a buffer of that size
    raise(rt.MemoryError, "");
    return false;
  }
  if (!result_size_ok(n)) return false;
  return finish(h, out, static_cast<size_t>(n));
}

Value xof_digest(Value self, Value* args, int64_t nargs, Tuple* kw) {
  std::string d;
  if (!xof_finish("digest", self, args, nargs, kw, &d)) return Value();
  return new_bytes(d);
}

Value xof_hexdigest(Value self, Value* args, int64_t nargs, Tuple* kw) {
  std::string d;
  if (!xof_finish("hexdigest", self, args, nargs, kw, &d)) return Value();
  return hex_of(d);
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
  return hex_of(d);
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
  if (!h) return Value();
  return new_int(h->type == g_xof_type ? 0 : g_crypto.md_size(h->md));
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

// sha3_* and shake_*: the constructor's own name picks the digest
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
  if (n == "blake2b" || n == "blake2s") {  // with their parameters (digest_size ...)
    Type* t = g_blake2_types[n == "blake2b" ? 0 : 1];
    return t->new_fn(t, args + 1, nargs - 1, kw);
  }
  const EVP_MD* md = md_named(n);
  if (!md) return raise_fmt(rt.ValueError, "unsupported hash type %s", n.c_str());
  return make(md, args + 1, nargs - 1, kw);
}

// ---- blake2b / blake2s: types of their own (CPython's _blake2), the hash in blake2_hash.h ----

template <class W>
struct Blake2Obj : Object {
  static constexpr const char* gc_name = "py.hashlib.blake2";
  Blake2<W> state;
  void gc_trace(gc::Tracer& t) const { t(type); }
};

template <class W>
constexpr int kBlakeIndex = sizeof(W) == 8 ? 0 : 1;

template <class W>
Blake2Obj<W>* self_blake2(Value self) {
  Type* t = g_blake2_types[kBlakeIndex<W>];
  if (!self.is_ptr() || !isinstance(self, t)) {
    raise_fmt(rt.TypeError, "descriptor requires a '_blake2.%s' object", t->name->data());
    return nullptr;
  }
  return static_cast<Blake2Obj<W>*>(self.obj());
}

// an int parameter within [lo, hi], else ValueError `msg`
bool int_param(Value v, int64_t lo, int64_t hi, const char* msg, int64_t* out) {
  if (!v) return true;
  if (!int_index(v, out)) return false;
  if (*out < lo || *out > hi) {
    raise(rt.ValueError, msg);
    return false;
  }
  return true;
}

// a bytes-like parameter of at most `max` bytes, else ValueError "maximum NAME length is N bytes"
bool bytes_param(Value v, const char* name, size_t max, std::string* out) {
  if (!v) return true;
  if (!data_of(v, out)) return false;
  if (out->size() > max) {
    raise_fmt(rt.ValueError, "maximum %s length is %zu bytes", name, max);
    return false;
  }
  return true;
}

// blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset,
// node_depth, inner_size, last_node, usedforsecurity) with CPython's checks and messages
template <class W>
Value blake2_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  using B = Blake2<W>;
  const char* name = kBlakeIndex<W> == 0 ? "blake2b" : "blake2s";
  if (nargs > 1)
    return raise_fmt(rt.TypeError, "%s() takes at most 1 positional argument (%lld given)", name,
                     static_cast<long long>(nargs));
  Value a[13];
  a[0] = nargs ? args[0] : Value();
  Value* kwv = args + nargs;
  for (int64_t i = 0; kw && i < kw->size; i++) {
    static const char* const kKeys[] = {
        "digest_size", "key",         "salt",       "person",     "fanout",    "depth",
        "leaf_size",   "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};
    std::string_view k = kw->at(i).as<Str>()->view();
    size_t j = 0;
    while (j < std::size(kKeys) && k != kKeys[j]) j++;
    if (j == std::size(kKeys))
      return raise_fmt(rt.TypeError, "%s() got an unexpected keyword argument '%s'", name,
                       std::string(k).c_str());
    a[j + 1] = kwv[i];
  }
  Blake2Params p;
  int64_t digest_size = B::kMaxDigest, fanout = 1, depth = 1, node_depth = 0, inner = 0;
  std::string key, salt, person, data;
  std::string size_msg =
      "digest_size must be between 1 and " + std::to_string(B::kMaxDigest) + " bytes";
  std::string inner_msg = "inner_size must be between 0 and is " + std::to_string(B::kMaxDigest);
  if (!int_param(a[1], 1, B::kMaxDigest, size_msg.c_str(), &digest_size) ||
      !bytes_param(a[2], "key", B::kMaxDigest, &key) ||
      !bytes_param(a[3], "salt", B::kSaltSize, &salt) ||
      !bytes_param(a[4], "person", B::kPersonSize, &person) ||
      !int_param(a[5], 0, 255, "fanout must be between 0 and 255", &fanout) ||
      !int_param(a[6], 1, 255, "depth must be between 1 and 255", &depth))
    return Value();
  if (a[7] && a[7] != Value(rt.None)) {
    int64_t leaf;
    if (!int_param(a[7], 0, INT64_MAX, "value must be positive", &leaf)) return Value();
    if (leaf > UINT32_MAX) return raise(rt.OverflowError, "leaf_size is too large");
    p.leaf_size = static_cast<uint32_t>(leaf);
  }
  if (a[8]) {
    int64_t off;
    if (!int_param(a[8], 0, INT64_MAX, "value must be positive", &off)) return Value();
    if (kBlakeIndex<W> == 1 && off >= (int64_t{1} << 48))
      return raise(rt.OverflowError, "node_offset is too large");
    p.node_offset = static_cast<uint64_t>(off);
  }
  if (!int_param(a[9], 0, 255, "node_depth must be between 0 and 255", &node_depth) ||
      !int_param(a[10], 0, B::kMaxDigest, inner_msg.c_str(), &inner))
    return Value();
  if (a[11]) {
    int t = truthy(a[11]);
    if (t < 0) return Value();
    p.last_node = t;
  }
  if (a[0] && !data_of(a[0], &data)) return Value();
  auto* h = alloc<Blake2Obj<W>>(cls.as<Type>());
  if (!h) return Value();
  p.digest_size = static_cast<int>(digest_size);
  p.key = key;
  p.salt = salt;
  p.person = person;
  p.fanout = static_cast<int>(fanout);
  p.depth = static_cast<int>(depth);
  p.node_depth = static_cast<int>(node_depth);
  p.inner_size = static_cast<int>(inner);
  h->state.init(p);
  h->state.update(reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return h;
}

template <class W>
Value b2_update(Value self, Value* args, int64_t nargs, Tuple*) {
  auto* h = self_blake2<W>(self);
  if (!h) return Value();
  if (nargs != 1) return raise(rt.TypeError, "update() takes exactly one argument");
  std::string d;
  if (!data_of(args[0], &d)) return Value();
  h->state.update(reinterpret_cast<const unsigned char*>(d.data()), d.size());
  return rt.None;
}

template <class W>
Value b2_digest(Value self, Value*, int64_t, Tuple*) {
  auto* h = self_blake2<W>(self);
  return h ? new_bytes(h->state.digest()) : Value();
}

template <class W>
Value b2_hexdigest(Value self, Value*, int64_t, Tuple*) {
  auto* h = self_blake2<W>(self);
  return h ? hex_of(h->state.digest()) : Value();
}

template <class W>
Value b2_copy(Value self, Value*, int64_t, Tuple*) {
  auto* h = self_blake2<W>(self);
  if (!h) return Value();
  auto* c = alloc<Blake2Obj<W>>(h->type);
  if (!c) return Value();
  c->state = h->state;
  return c;
}

template <class W>
Value b2_name(Value, Value* args, int64_t, Tuple*) {
  return self_blake2<W>(args[0]) ? new_str(kBlakeIndex<W> == 0 ? "blake2b" : "blake2s") : Value();
}

template <class W>
Value b2_digest_size(Value, Value* args, int64_t, Tuple*) {
  auto* h = self_blake2<W>(args[0]);
  return h ? new_int(h->state.digest_size) : Value();
}

template <class W>
Value b2_block_size(Value, Value* args, int64_t, Tuple*) {
  return self_blake2<W>(args[0]) ? new_int(Blake2<W>::kBlock) : Value();
}

template <class W>
bool init_blake2_type(const char* name) {
  Type* t = new_builtin_type(name, Layout::Object, rt.object_type);
  if (!t) return false;
  g_blake2_types[kBlakeIndex<W>] = t;
  gc::add_root(reinterpret_cast<void**>(&g_blake2_types[kBlakeIndex<W>]));
  t->new_fn = blake2_new<W>;
  dict_set_str(t->dict, intern("__module__"), intern("_blake2"));
  add_method(t, "update", b2_update<W>);
  add_method(t, "digest", b2_digest<W>);
  add_method(t, "hexdigest", b2_hexdigest<W>);
  add_method(t, "copy", b2_copy<W>);
  struct {
    const char* name;
    int value;
  } sizes[] = {{"SALT_SIZE", Blake2<W>::kSaltSize},
               {"PERSON_SIZE", Blake2<W>::kPersonSize},
               {"MAX_KEY_SIZE", Blake2<W>::kMaxDigest},
               {"MAX_DIGEST_SIZE", Blake2<W>::kMaxDigest}};
  for (auto& s : sizes) dict_set_str(t->dict, intern(s.name), new_int(s.value));
  return add_getter(t, "name", b2_name<W>) && add_getter(t, "digest_size", b2_digest_size<W>) &&
         add_getter(t, "block_size", b2_block_size<W>);
}

bool init_hash_type() {
  if (g_hash_type) return true;
  for (int xof = 0; xof < 2; xof++) {
    Type* t = new_builtin_type(xof ? "HASHXOF" : "HASH", Layout::Object, rt.object_type);
    if (!t) return false;
    (xof ? g_xof_type : g_hash_type) = t;
    gc::add_root(reinterpret_cast<void**>(xof ? &g_xof_type : &g_hash_type));
    dict_set_str(t->dict, intern("__module__"), intern("_hashlib"));
    add_method(t, "update", h_update);
    add_method(t, "digest", xof ? xof_digest : h_digest);
    add_method(t, "hexdigest", xof ? xof_hexdigest : h_hexdigest);
    add_method(t, "copy", h_copy);
    struct {
      const char* name;
      NativeFn fn;
    } props[] = {
        {"name", h_name_lower}, {"digest_size", h_digest_size}, {"block_size", h_block_size}};
    for (auto& p : props)
      if (!add_getter(t, p.name, p.fn)) return false;
  }
  return init_blake2_type<uint64_t>("blake2b") && init_blake2_type<uint32_t>("blake2s");
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) through OpenSSL
Value hl_pbkdf2_hmac(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[5];
  if (!parse_args("pbkdf2_hmac", args, nargs, kw, 4,
                  {"hash_name", "password", "salt", "iterations", "dklen"}, a))
    return Value();
  if (!a[0].is_ptr() || a[0].obj()->type->layout != Layout::Str)
    return raise_fmt(rt.TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                     type_name(a[0]));
  std::string password, salt;
  for (int i = 1; i <= 2; i++) {
    if (a[i].is_ptr() && a[i].obj()->type->layout == Layout::Str)
      return raise(rt.TypeError, "a bytes-like object is required, not 'str'");
    if (!data_of(a[i], i == 1 ? &password : &salt)) return Value();
  }
  int64_t iterations;
  if (!int_index(a[3], &iterations)) return Value();
  if (iterations < 1) return raise(rt.ValueError, "iteration value must be greater than 0.");
  if (iterations > INT32_MAX) return raise(rt.OverflowError, "iteration value is too great.");
  std::string n(a[0].as<Str>()->view());
  for (char& c : n) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const EVP_MD* md = md_named(n);
  if (!md || is_xof(md)) return raise_fmt(rt.ValueError, "unsupported hash type %s", n.c_str());
  int64_t dklen = g_crypto.md_size(md);
  if (a[4] && a[4] != Value(rt.None)) {
    if (!int_index(a[4], &dklen)) return Value();
    if (dklen < 1) return raise(rt.ValueError, "key length must be greater than 0.");
    if (dklen > INT32_MAX) return raise(rt.OverflowError, "key length is too great.");
    if (!result_size_ok(dklen)) return Value();
  }
  std::string out(static_cast<size_t>(dklen), '\0');
  if (g_crypto.pbkdf2_hmac(password.data(), static_cast<int>(password.size()),
                           reinterpret_cast<const unsigned char*>(salt.data()),
                           static_cast<int>(salt.size()), static_cast<int>(iterations), md,
                           static_cast<int>(dklen),
                           reinterpret_cast<unsigned char*>(out.data())) != 1)
    return raise(rt.ValueError, "pbkdf2_hmac failed");
  return new_bytes(out);
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
             {"shake_128", ctor_named<12>},
             {"shake_256", ctor_named<13>},
             {"new", hl_new},
             {"pbkdf2_hmac", hl_pbkdf2_hmac}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  dict_set_str(m->dict, intern("blake2b"), g_blake2_types[0]);
  dict_set_str(m->dict, intern("blake2s"), g_blake2_types[1]);
  Set* names = new_set(rt.frozenset_type);
  if (!names) return nullptr;
  for (const char* k : kNames) set_add(names, intern(k));
  dict_set_str(m->dict, intern("algorithms_guaranteed"), names);
  dict_set_str(m->dict, intern("algorithms_available"), names);
  return m;
}

}  // namespace weft::python
