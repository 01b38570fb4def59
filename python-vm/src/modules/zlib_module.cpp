// zlib over the system's libz (zlib1g-dev): compress/decompress, crc32/adler32, and the
// streaming compressobj/decompressobj objects gzip, zipfile and tarfile use, with CPython's
// messages ("Error -3 while decompressing data: incorrect header check"). A stream object owns
// a malloc'd z_stream (zlib keeps pointers into it, so it must not move), freed by its finalizer.
#include <zlib.h>

#include <cstdlib>
#include <string>

#include "../vm/runtime.h"
#include "weft/gc/roots.h"

namespace weft::python {

namespace {

Type* g_error = nullptr;
Type* g_compress_type = nullptr;
Type* g_decompress_type = nullptr;

struct ZStream : Object {
  static constexpr const char* gc_name = "py.zlib.stream";
  static constexpr bool gc_pinned = true;
  z_stream* zs = nullptr;
  bool deflating = false;
  bool eof = false;
  VField unused_data;
  VField unconsumed_tail;
  void gc_trace(gc::Tracer& t) const {
    t(type);
    unused_data.trace(t);
    unconsumed_tail.trace(t);
  }
  void gc_finalize() {
    if (!zs) return;
    if (deflating)
      deflateEnd(zs);
    else
      inflateEnd(zs);
    std::free(zs);
    zs = nullptr;
  }
};

Value zlib_error(int err, const char* what, z_stream* zs) {
  const char* msg = zs && zs->msg ? zs->msg : nullptr;
  if (!msg && err == Z_VERSION_ERROR) msg = "library version mismatch";
  if (!msg && err == Z_BUF_ERROR) msg = "incomplete or truncated stream";
  if (!msg && err == Z_STREAM_ERROR) msg = "inconsistent stream state";
  if (!msg && err == Z_DATA_ERROR) msg = "invalid input data";
  if (msg) return raise_fmt(g_error, "Error %d while %s: %.200s", err, what, msg);
  return raise_fmt(g_error, "Error %d while %s", err, what);
}

// The bytes of a bytes-like argument (bytes; anything else through bytes()).
bool data_of(Value v, std::string* out) {
  if (v.is_ptr() && v.obj()->type->layout == Layout::Bytes) {
    *out = std::string(v.as<Str>()->view());
    return true;
  }
  Value b = v.is_ptr() && v.obj()->type->layout != Layout::Str && !is_int(v)
                ? call1(rt.bytes_type, v)
                : Value();
  if (!b || !b.is_ptr() || b.obj()->type->layout != Layout::Bytes) {
    clear_exc();
    raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", type_name(v));
    return false;
  }
  *out = std::string(b.as<Str>()->view());
  return true;
}

bool int_arg(Value v, int64_t* out) { return int_index(v, out) != Value(); }

// Runs deflate/inflate over all of `in` with `flush`, appending to `out` (at most `max_out`
// bytes when > 0). Returns zlib's last status, or Z_MEM_ERROR.
int run(z_stream* zs, bool deflating, const std::string& in, int flush, std::string* out,
        int64_t max_out, size_t* consumed) {
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs->avail_in = static_cast<uInt>(in.size());
  int err = Z_OK;
  unsigned char buf[16384];
  for (;;) {
    size_t room = sizeof buf;
    if (max_out > 0) {
      int64_t left = max_out - static_cast<int64_t>(out->size());
      if (left <= 0) break;
      if (static_cast<size_t>(left) < room) room = static_cast<size_t>(left);
    }
    zs->next_out = buf;
    zs->avail_out = static_cast<uInt>(room);
    err = deflating ? deflate(zs, flush) : inflate(zs, flush);
    out->append(reinterpret_cast<char*>(buf), room - zs->avail_out);
    if (err == Z_STREAM_END || (err != Z_OK && err != Z_BUF_ERROR)) break;
    if (zs->avail_out != 0 && zs->avail_in == 0) break;      // all input taken, output drained
    if (err == Z_BUF_ERROR && zs->avail_out == room) break;  // no progress possible
  }
  *consumed = in.size() - zs->avail_in;
  return err;
}

// compress(data, /, level=-1, wbits=15)
Value z_compress(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("compress", args, nargs, kw, 1, {"data", "level", "wbits"}, a)) return Value();
  std::string in, out;
  if (!data_of(a[0], &in)) return Value();
  int64_t level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
  if ((a[1] && !int_arg(a[1], &level)) || (a[2] && !int_arg(a[2], &wbits))) return Value();
  z_stream zs{};
  int err = deflateInit2(&zs, static_cast<int>(level), Z_DEFLATED, static_cast<int>(wbits), 8,
                         Z_DEFAULT_STRATEGY);
  if (err == Z_STREAM_ERROR) return raise(g_error, "Bad compression level");
  if (err != Z_OK) return zlib_error(err, "compressing data", &zs);
  size_t used;
  err = run(&zs, true, in, Z_FINISH, &out, 0, &used);
  deflateEnd(&zs);
  if (err != Z_STREAM_END) return zlib_error(err, "compressing data", &zs);
  return new_bytes(out);
}

// decompress(data, /, wbits=15, bufsize=16384)
Value z_decompress(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args("decompress", args, nargs, kw, 1, {"data", "wbits", "bufsize"}, a))
    return Value();
  std::string in, out;
  if (!data_of(a[0], &in)) return Value();
  int64_t wbits = MAX_WBITS, bufsize = 16384;
  if ((a[1] && !int_arg(a[1], &wbits)) || (a[2] && !int_arg(a[2], &bufsize))) return Value();
  if (bufsize < 0) return raise(rt.ValueError, "bufsize must be non-negative");
  z_stream zs{};
  int err = inflateInit2(&zs, static_cast<int>(wbits));
  if (err != Z_OK) return zlib_error(err, "preparing to decompress data", &zs);
  size_t used;
  err = run(&zs, false, in, Z_NO_FLUSH, &out, 0, &used);
  if (err != Z_STREAM_END) {
    Value r = err == Z_OK || err == Z_BUF_ERROR
                  ? raise_fmt(g_error,
                              "Error -5 while decompressing data: incomplete or "
                              "truncated stream")
                  : zlib_error(err, "decompressing data", &zs);
    inflateEnd(&zs);
    return r;
  }
  inflateEnd(&zs);
  return new_bytes(out);
}

template <uLong (*F)(uLong, const Bytef*, uInt)>
Value checksum(const char* name, uLong start, Value* args, int64_t nargs) {
  if (nargs < 1 || nargs > 2)
    return raise_fmt(rt.TypeError, "%s expected 1 or 2 arguments, got %d", name,
                     static_cast<int>(nargs));
  std::string in;
  if (!data_of(args[0], &in)) return Value();
  uLong v = start;
  if (nargs == 2) {
    mpz_t z;
    mpz_init(z);
    int_to_mpz(args[1], z);
    mpz_fdiv_r_2exp(z, z, 32);
    v = mpz_get_ui(z);
    mpz_clear(z);
  }
  size_t off = 0;
  do {
    uInt n = static_cast<uInt>(std::min<size_t>(in.size() - off, 1u << 30));
    v = F(v, reinterpret_cast<const Bytef*>(in.data() + off), n);
    off += n;
  } while (off < in.size());
  return new_int(static_cast<int64_t>(v & 0xFFFFFFFFu));
}

Value z_crc32(Value, Value* args, int64_t nargs, Tuple*) {
  return checksum<crc32>("crc32", 0, args, nargs);
}
Value z_adler32(Value, Value* args, int64_t nargs, Tuple*) {
  return checksum<adler32>("adler32", 1, args, nargs);
}

ZStream* new_stream(Type* t, bool deflating) {
  ZStream* s = alloc<ZStream>(t);
  if (!s) return nullptr;
  s->zs = static_cast<z_stream*>(std::calloc(1, sizeof(z_stream)));
  if (!s->zs) {
    raise(rt.MemoryError, "");
    return nullptr;
  }
  s->deflating = deflating;
  s->unused_data = new_bytes("");
  s->unconsumed_tail = new_bytes("");
  return s;
}

// compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None)
Value z_compressobj(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[6];
  if (!parse_args("compressobj", args, nargs, kw, 0,
                  {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, a))
    return Value();
  int64_t v[5] = {Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY};
  for (int i = 0; i < 5; i++)
    if (a[i] && !int_arg(a[i], &v[i])) return Value();
  ZStream* s = new_stream(g_compress_type, true);
  if (!s) return Value();
  int err = deflateInit2(s->zs, static_cast<int>(v[0]), static_cast<int>(v[1]),
                         static_cast<int>(v[2]), static_cast<int>(v[3]), static_cast<int>(v[4]));
  if (err == Z_STREAM_ERROR) {
    std::free(s->zs);
    s->zs = nullptr;
    return raise(rt.ValueError, "Invalid initialization option");
  }
  if (err != Z_OK) return zlib_error(err, "creating compression object", s->zs);
  if (a[5] && a[5] != Value(rt.None)) {
    std::string d;
    if (!data_of(a[5], &d)) return Value();
    deflateSetDictionary(s->zs, reinterpret_cast<const Bytef*>(d.data()),
                         static_cast<uInt>(d.size()));
  }
  return s;
}

// decompressobj(wbits=15, zdict=b'')
Value z_decompressobj(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("decompressobj", args, nargs, kw, 0, {"wbits", "zdict"}, a)) return Value();
  int64_t wbits = MAX_WBITS;
  if (a[0] && !int_arg(a[0], &wbits)) return Value();
  ZStream* s = new_stream(g_decompress_type, false);
  if (!s) return Value();
  int err = inflateInit2(s->zs, static_cast<int>(wbits));
  if (err == Z_STREAM_ERROR) {
    std::free(s->zs);
    s->zs = nullptr;
    return raise(rt.ValueError, "Invalid initialization option");
  }
  if (err != Z_OK) return zlib_error(err, "creating decompression object", s->zs);
  return s;
}

ZStream* stream_of(Value self, Type* t) {
  if (!self.is_ptr() || self.obj()->type != t || !self.as<ZStream>()->zs) {
    raise(rt.ValueError, "inconsistent stream state");
    return nullptr;
  }
  return self.as<ZStream>();
}

Value c_compress(Value self, Value* args, int64_t nargs, Tuple*) {
  ZStream* s = stream_of(self, g_compress_type);
  if (!s) return Value();
  if (nargs != 1) return raise(rt.TypeError, "compress() takes exactly one argument");
  std::string in, out;
  if (!data_of(args[0], &in)) return Value();
  size_t used;
  int err = run(s->zs, true, in, Z_NO_FLUSH, &out, 0, &used);
  if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(err, "compressing data", s->zs);
  return new_bytes(out);
}

Value c_flush(Value self, Value* args, int64_t nargs, Tuple*) {
  ZStream* s = stream_of(self, g_compress_type);
  if (!s) return Value();
  int64_t mode = Z_FINISH;
  if (nargs > 0 && !int_arg(args[0], &mode)) return Value();
  if (mode == Z_NO_FLUSH) return new_bytes("");
  std::string out;
  size_t used;
  int err = run(s->zs, true, std::string(), static_cast<int>(mode), &out, 0, &used);
  if (mode == Z_FINISH) {
    if (err != Z_STREAM_END) return zlib_error(err, "flushing", s->zs);
    deflateEnd(s->zs);
    std::free(s->zs);
    s->zs = nullptr;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(err, "flushing", s->zs);
  }
  return new_bytes(out);
}

// Decompress.decompress(data, /, max_length=0)
Value d_decompress(Value self, Value* args, int64_t nargs, Tuple* kw) {
  ZStream* s = stream_of(self, g_decompress_type);
  if (!s) return Value();
  Value a[2];
  if (!parse_args("decompress", args, nargs, kw, 1, {"data", "max_length"}, a)) return Value();
  std::string in, out;
  if (!data_of(a[0], &in)) return Value();
  int64_t max_length = 0;
  if (a[1] && !int_arg(a[1], &max_length)) return Value();
  if (max_length < 0) return raise(rt.ValueError, "max_length must be non-negative");
  size_t used = 0;
  int err = Z_OK;
  if (!s->eof) err = run(s->zs, false, in, Z_SYNC_FLUSH, &out, max_length, &used);
  if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END)
    return zlib_error(err, "decompressing data", s->zs);
  std::string rest = in.substr(used);
  if (err == Z_STREAM_END || s->eof) {
    s->eof = true;
    // what follows the end of the stream accumulates in unused_data
    std::string prev(s->unused_data.v.as<Str>()->view());
    s->unused_data = new_bytes(prev + rest);
    s->unconsumed_tail = new_bytes("");
  } else {
    s->unconsumed_tail = new_bytes(rest);
  }
  return new_bytes(out);
}

Value d_flush(Value self, Value*, int64_t nargs, Tuple*) {
  ZStream* s = stream_of(self, g_decompress_type);
  if (!s) return Value();
  if (nargs > 1) return raise(rt.TypeError, "flush() takes at most 1 argument");
  std::string tail(s->unconsumed_tail.v.as<Str>()->view()), out;
  size_t used = 0;
  int err = Z_OK;
  if (!s->eof) err = run(s->zs, false, tail, Z_FINISH, &out, 0, &used);
  if (err == Z_STREAM_END) {
    s->eof = true;
    std::string prev(s->unused_data.v.as<Str>()->view());
    s->unused_data = new_bytes(prev + tail.substr(used));
  }
  s->unconsumed_tail = new_bytes("");
  return new_bytes(out);
}

Value d_unused_data(Value, Value* args, int64_t, Tuple*) {
  ZStream* s = stream_of(args[0], g_decompress_type);
  return s ? Value(s->unused_data) : Value();
}
Value d_unconsumed_tail(Value, Value* args, int64_t, Tuple*) {
  ZStream* s = stream_of(args[0], g_decompress_type);
  return s ? Value(s->unconsumed_tail) : Value();
}
Value d_eof(Value, Value* args, int64_t, Tuple*) {
  ZStream* s = stream_of(args[0], g_decompress_type);
  if (!s) return Value();
  return s->eof ? rt.True : rt.False;
}

bool init_types(Str* module) {
  if (g_error) return true;
  for (Type** t : {&g_error, &g_compress_type, &g_decompress_type})
    gc::add_root(reinterpret_cast<void**>(t));
  g_error = new_builtin_type("error", Layout::Exception, rt.Exception);
  g_error->is_exception = true;
  g_compress_type = new_builtin_type("Compress", Layout::Object, rt.object_type);
  g_decompress_type = new_builtin_type("Decompress", Layout::Object, rt.object_type);
  for (Type* t : {g_error, g_compress_type, g_decompress_type})
    dict_set_str(t->dict, intern("__module__"), module);
  add_method(g_compress_type, "compress", c_compress);
  add_method(g_compress_type, "flush", c_flush);
  add_method(g_decompress_type, "decompress", d_decompress);
  add_method(g_decompress_type, "flush", d_flush);
  return add_getter(g_decompress_type, "unused_data", d_unused_data) &&
         add_getter(g_decompress_type, "unconsumed_tail", d_unconsumed_tail) &&
         add_getter(g_decompress_type, "eof", d_eof);
}

}  // namespace

PyModule* make_zlib_module() {
  PyModule* m = new_native_module("zlib");
  if (!m) return nullptr;
  if (!init_types(m->name.get())) return nullptr;
  dict_set_str(m->dict, intern("error"), g_error);
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {
      {"compress", z_compress}, {"decompress", z_decompress},   {"crc32", z_crc32},
      {"adler32", z_adler32},   {"compressobj", z_compressobj}, {"decompressobj", z_decompressobj}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  struct {
    const char* name;
    int v;
  } consts[] = {{"MAX_WBITS", MAX_WBITS},
                {"DEFLATED", Z_DEFLATED},
                {"DEF_MEM_LEVEL", 8},
                {"DEF_BUF_SIZE", 16384},
                {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
                {"Z_BEST_SPEED", Z_BEST_SPEED},
                {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
                {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
                {"Z_FILTERED", Z_FILTERED},
                {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
                {"Z_RLE", Z_RLE},
                {"Z_FIXED", Z_FIXED},
                {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
                {"Z_NO_FLUSH", Z_NO_FLUSH},
                {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
                {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
                {"Z_FULL_FLUSH", Z_FULL_FLUSH},
                {"Z_FINISH", Z_FINISH},
                {"Z_BLOCK", Z_BLOCK},
                {"Z_TREES", Z_TREES}};
  for (auto& c : consts) dict_set_str(m->dict, intern(c.name), new_int(c.v));
  dict_set_str(m->dict, intern("ZLIB_VERSION"), new_str(ZLIB_VERSION));
  dict_set_str(m->dict, intern("ZLIB_RUNTIME_VERSION"), new_str(zlibVersion()));
  return m;
}

}  // namespace weft::python
