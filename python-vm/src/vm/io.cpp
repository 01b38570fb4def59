// open() and the binary file layers (see io_file.h): FileIO, the raw file owning the FILE* (its
// attribute dict holds it as an int, the name, CPython's raw mode and closefd), and
// BufferedReader/Writer/Random, whose dict holds `raw`. C stdio does the buffering for all.
#include <fcntl.h>
#include <stdio_ext.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "io_file.h"
#include "objects/instance.h"
#include "objects/layout_predicates.h"

namespace weft::python {

Value raise_os_error(int e, Value filename);  // os_module.cpp
int type_set_bases(Type* t, Value bases);     // type.cpp
extern Type* g_textio_type;                   // builtins.cpp: the std streams'

namespace io {

FileTypes g_types;

namespace {

// The text layer's encoded text not yet handed to the buffered layer (CPython's
// TextIOWrapper keeps up to 8 KiB): outside the heap, so the end of the program can still
// write what no file object flushed.
struct TextPending {
  std::string bytes;
  FILE* fp = nullptr;
};
std::unordered_set<TextPending*>* g_pending_texts = nullptr;

void drop_pending(TextPending*& p) {
  if (!p) return;
  g_pending_texts->erase(p);
  delete p;
  p = nullptr;
}

}  // namespace

// The FILE* of a raw file; closed by the collector when the file object is dropped unclosed
// (what its text layer still holds is written first, as CPython's close does).
struct FileHandle : Object {
  static constexpr const char* gc_name = "py.io.handle";
  FILE* fp = nullptr;
  TextPending* pending = nullptr;
  size_t buffer_size = 8192;  // the buffered layer's (CPython: the file's block size)
  void gc_trace(gc::Tracer& t) const { t(type); }
  void gc_finalize() {
    if (fp && pending && !pending->bytes.empty())
      std::fwrite(pending->bytes.data(), 1, pending->bytes.size(), fp);
    drop_pending(pending);
    if (fp) std::fclose(fp);
    fp = nullptr;
  }
};

namespace {

Type* g_handle_type = nullptr;

// At exit: the text no file object flushed (stdio then flushes its buffers).
void write_pending_texts() {
  if (!g_pending_texts) return;
  for (TextPending* p : *g_pending_texts)
    if (p->fp && !p->bytes.empty()) std::fwrite(p->bytes.data(), 1, p->bytes.size(), p->fp);
  g_pending_texts->clear();
}

// CPython's messages: the raw file's and most buffered operations' have no period, IOBase's do
constexpr const char* kClosed = "I/O operation on closed file";
constexpr const char* kClosedDot = "I/O operation on closed file.";

Value dict_of(Value self, Str* k) { return dict_get_str(self.as<Instance>()->dict, k); }

FileHandle* handle_of(Instance* raw) {
  Value h = dict_get_str(raw->dict, WEFT_IO_KEY("_fp"));
  return h && h.is_ptr() && h.obj()->type == g_handle_type ? h.as<FileHandle>() : nullptr;
}

FILE* fp_field(Instance* raw) {
  FileHandle* h = handle_of(raw);
  return h ? h->fp : nullptr;
}

}  // namespace

bool buffered_write(Instance* raw, FILE* fp, std::string_view data) {
  FileHandle* h = handle_of(raw);
  size_t size = h ? h->buffer_size : 8192;
  auto put = [&](std::string_view d) {
    if (std::fwrite(d.data(), 1, d.size(), fp) == d.size()) return true;
    int e = errno;
    std::clearerr(fp);
    raise_os_error(e, Value());
    return false;
  };
  // CPython's BufferedWriter: what fits stays in the buffer; otherwise the buffer is written
  // first, then data larger than the buffer goes straight to the file (stdio's buffer has
  // the same size, set at open)
  if (__fpending(fp) + data.size() <= size) return put(data);
  if (std::fflush(fp) != 0) return raise_os_error(errno, Value()), false;
  if (data.size() <= size) return put(data);
  if (!put(data)) return false;
  if (std::fflush(fp) != 0) return raise_os_error(errno, Value()), false;
  return true;
}

size_t text_pending_size(const FileHandle* h) {
  return h && h->pending ? h->pending->bytes.size() : 0;
}

void text_pending_add(FileHandle* h, std::string_view bytes) {
  if (!h) return;
  if (!h->pending) {
    if (!g_pending_texts) g_pending_texts = new std::unordered_set<TextPending*>();
    h->pending = new TextPending();
    h->pending->fp = h->fp;
    g_pending_texts->insert(h->pending);
  }
  h->pending->bytes.append(bytes);
}

bool text_pending_flush(Instance* raw, FileHandle* h) {
  if (!h || !h->pending || h->pending->bytes.empty() || !h->fp) return true;
  std::string bytes;
  bytes.swap(h->pending->bytes);
  before_io(raw, h->fp, true);
  return buffered_write(raw, h->fp, bytes);
}

Instance* raw_of(Value self) {
  Instance* obj = self.as<Instance>();
  for (;;) {
    if (!obj->dict) return nullptr;  // (an instance running lib/io.py's implementation)
    Type* kind = obj->type;
    if (!kind->builtin) kind = kind_of(kind);
    if (kind == g_types.fileio) return obj;
    Value next =
        dict_get_str(obj->dict, kind == g_types.text ? WEFT_IO_KEY("buffer") : WEFT_IO_KEY("raw"));
    if (!next || !next.is_ptr()) return nullptr;
    Type* nt = next.obj()->type;
    if (nt != g_types.fileio && nt != g_types.reader && nt != g_types.writer &&
        nt != g_types.random && !is_file_type(nt))
      return nullptr;
    obj = next.as<Instance>();
  }
}

FILE* file_fp(Value self, const char* closed_msg, FileHandle** handle) {
  Instance* raw = raw_of(self);
  FileHandle* h = raw ? handle_of(raw) : nullptr;
  if (handle) *handle = h;
  if (!h || !h->fp) raise(rt.ValueError, closed_msg);
  return h ? h->fp : nullptr;
}

namespace {

std::string_view raw_mode(Instance* raw) {
  Value m = dict_get_str(raw->dict, WEFT_IO_KEY("mode"));
  return m && is_str(m) ? m.as<Str>()->view() : std::string_view();
}

}  // namespace

bool raw_readable(Instance* raw) {
  std::string_view m = raw_mode(raw);
  return m.find('r') != std::string_view::npos || m.find('+') != std::string_view::npos;
}

bool raw_writable(Instance* raw) {
  return raw_mode(raw).find_first_of("wxa+") != std::string::npos;
}

void before_io(Instance* raw, FILE* fp, bool writing) {
  Value last = dict_get_str(raw->dict, WEFT_IO_KEY("_last"));
  Value now = Value::small(writing ? 2 : 1);
  if (last == now) return;
  if (last == Value::small(writing ? 1 : 2)) std::fseek(fp, 0, SEEK_CUR);
  dict_set_str(raw->dict, WEFT_IO_KEY("_last"), now);
}

Value raise_unsupported(const char* msg) {
  Value io = import_module(intern("io"));
  if (!io) return io;
  Value cls = getattr(io, intern("UnsupportedOperation"));
  if (!cls) return cls;
  Value exc = call1(cls, new_str(msg));
  return exc ? raise_value(exc) : exc;
}

// The size argument of read()/readline(): an int or None (-1).
bool size_arg(Value* args, int64_t nargs, int64_t* n) {
  *n = -1;
  if (nargs == 0 || args[0] == Value(rt.None)) return true;
  if (!is_int(args[0])) {
    raise_fmt(rt.TypeError, "argument should be integer or None, not '%s'", type_name(args[0]));
    return false;
  }
  return !!int_index(args[0], n);
}

namespace {

// The stream of a readable binary file: UnsupportedOperation("read") if it is not, then
// ValueError(closed_msg) if it is closed.
FILE* reading_fp(Value self, const char* closed_msg) {
  Instance* raw = raw_of(self);
  if (raw && !raw_readable(raw)) {
    raise_unsupported(file_kind(self) == g_types.fileio ? "File not open for reading" : "read");
    return nullptr;
  }
  FILE* fp = file_fp(self, closed_msg);
  if (fp) before_io(raw, fp, false);
  return fp;
}

std::string read_bytes(FILE* fp, int64_t n) {
  std::string out;
  char buf[65536];
  while (n < 0 || static_cast<int64_t>(out.size()) < n) {
    size_t want = sizeof buf;
    if (n >= 0 && static_cast<int64_t>(want) > n - static_cast<int64_t>(out.size()))
      want = static_cast<size_t>(n - static_cast<int64_t>(out.size()));
    size_t got = std::fread(buf, 1, want, fp);
    out.append(buf, got);
    if (got < want) break;
  }
  std::clearerr(fp);  // a later read after EOF may find more (a growing file, a terminal)
  return out;
}

Value b_read(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (!size_arg(args, nargs, &n)) return Value();
  FILE* fp = reading_fp(self, file_kind(self) == g_types.fileio ? kClosed : "read of closed file");
  return fp ? new_bytes(read_bytes(fp, n)) : Value();
}

Value b_readall(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = reading_fp(self, kClosed);
  return fp ? new_bytes(read_bytes(fp, -1)) : Value();
}

// read1 and peek: what the buffer holds, or one fill of it (stdio's is 4-8 KiB)
Value b_read1(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (!size_arg(args, nargs, &n)) return Value();
  FILE* fp = reading_fp(self, "read of closed file");
  if (!fp) return Value();
  return new_bytes(read_bytes(fp, n < 0 ? 8192 : n));
}

Value b_peek(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = reading_fp(self, "peek of closed file");
  if (!fp) return Value();
  long pos = std::ftell(fp);
  if (pos < 0) {  // not seekable (a pipe): what one read of it gave, as CPython's buffer
    int c = getc_unlocked(fp);
    if (c == EOF) return new_bytes("");
    std::ungetc(c, fp);
    if (fp->_IO_read_ptr < fp->_IO_read_end && *fp->_IO_read_ptr == static_cast<char>(c))
      return new_bytes(std::string(fp->_IO_read_ptr, fp->_IO_read_end));
    return new_bytes(std::string(1, static_cast<char>(c)));
  }
  std::string out = read_bytes(fp, 8192);
  std::fseek(fp, pos, SEEK_SET);
  return new_bytes(out);
}

std::string read_line(FILE* fp, int64_t limit) {
  std::string out;
  int c;
  while ((limit < 0 || static_cast<int64_t>(out.size()) < limit) &&
         (c = getc_unlocked(fp)) != EOF) {
    out += static_cast<char>(c);
    if (c == '\n') break;
  }
  std::clearerr(fp);
  return out;
}

Value b_readline(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (!size_arg(args, nargs, &n)) return Value();
  FILE* fp =
      reading_fp(self, file_kind(self) == g_types.fileio ? kClosed : "readline of closed file");
  return fp ? new_bytes(read_line(fp, n)) : Value();
}

Value b_readlines(Value self, Value* args, int64_t nargs, Tuple*) {
  int64_t hint;
  if (!size_arg(args, nargs, &hint) || !file_fp(self, kClosedDot)) return Value();
  FILE* fp = reading_fp(self, "readline of closed file");
  if (!fp) return Value();
  List* l = new_list(0);
  int64_t total = 0;
  while (l) {
    std::string line = read_line(fp, -1);
    if (line.empty()) break;
    total += static_cast<int64_t>(line.size());
    if (!list_append(l, new_bytes(line))) return Value();
    if (hint > 0 && total > hint) break;
  }
  return l;
}

Value b_next(Value self, Value*, int64_t, Tuple*) {
  FILE* fp =
      reading_fp(self, file_kind(self) == g_types.fileio ? kClosed : "readline of closed file");
  if (!fp) return Value();
  std::string line = read_line(fp, -1);
  if (line.empty()) return raise_value(rt.StopIteration);
  return new_bytes(line);
}

// readinto(b): fills a writable buffer (bytearray, memoryview) through b[:n] = data
Value b_readinto(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "readinto() takes exactly one argument");
  FILE* fp = reading_fp(self, "readinto of closed file");
  if (!fp) return Value();
  Value len = call_method(args[0], intern("__len__"), nullptr, 0);
  int64_t n = 0;
  if (!len || !int_index(len, &n)) return Value();
  std::string data = read_bytes(fp, n);
  Value end = new_int(static_cast<int64_t>(data.size()));
  Value sl = new_slice(Value(rt.None), end, Value(rt.None));
  Value b = new_bytes(data);
  if (!sl || !b || setitem(args[0], sl, b) < 0) return Value();
  return end;
}

// bytes, bytearray or memoryview as bytes
Value bytes_like(Value data) {
  if (is_bytes(data)) return data;
  const char* t = type_name(data);
  if (!is_str(data) && (std::strcmp(t, "bytearray") == 0 || std::strcmp(t, "memoryview") == 0))
    return call1(rt.bytes_type, data);
  return raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'", t);
}

Value b_write(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "write() takes exactly one argument");
  Instance* raw = raw_of(self);
  if (file_kind(self) == g_types.fileio && !file_fp(self, kClosed)) return Value();
  if (raw && !raw_writable(raw))
    return raise_unsupported(file_kind(self) == g_types.fileio ? "File not open for writing"
                                                               : "write");
  FILE* fp = file_fp(self, file_kind(self) == g_types.fileio ? kClosed : "write to closed file");
  if (!fp) return Value();
  Value data = bytes_like(args[0]);
  if (!data) return data;
  before_io(raw, fp, true);
  Str* s = data.as<Str>();
  if (file_kind(self) == g_types.fileio) {  // unbuffered (setvbuf _IONBF)
    if (std::fwrite(s->data(), 1, static_cast<size_t>(s->size), fp) !=
        static_cast<size_t>(s->size)) {
      int e = errno;
      std::clearerr(fp);
      return raise_os_error(e, Value());
    }
  } else if (!buffered_write(raw, fp, s->view())) {
    return Value();
  }
  return new_int(s->size);
}

Value b_writelines(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "writelines() takes exactly one argument");
  if (!file_fp(self, kClosedDot)) return Value();
  Value it = get_iter(args[0]);
  if (!it) return it;
  Value write = getattr(self, intern("write"));
  if (!write) return write;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : Value(rt.None);
    if (!call1(write, v)) return Value();
  }
}

Value b_seek(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "seek expected 1 or 2 arguments");
  int64_t off = 0, whence = 0;
  if (!int_index(args[0], &off) || (nargs == 2 && !int_index(args[1], &whence))) return Value();
  if (whence < 0 || whence > 4)
    return raise_fmt(rt.ValueError, "whence value %lld unsupported",
                     static_cast<long long>(whence));
  FILE* fp = file_fp(self, "seek of closed file");
  if (!fp) return Value();
  dict_set_str(raw_of(self)->dict, WEFT_IO_KEY("_last"), Value::small(0));
  if (whence > 2) {  // SEEK_DATA, SEEK_HOLE: the descriptor's
    std::fflush(fp);
    off_t r = ::lseek(fileno(fp), off, static_cast<int>(whence));
    if (r < 0 || std::fseek(fp, r, SEEK_SET) != 0) return raise_os_error(errno, Value());
    return new_int(r);
  }
  if (std::fseek(fp, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
    return raise_os_error(errno, Value());
  return new_int(std::ftell(fp));
}

Value b_tell(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = file_fp(self, kClosed);
  if (!fp) return Value();
  long pos = std::ftell(fp);
  if (pos < 0) return raise_os_error(errno, Value());
  return new_int(pos);
}

Value b_repr(Value self, Value*, int64_t, Tuple*) {
  Instance* raw = raw_of(self);
  // CPython: FileIO's always, a buffered subclass's own name
  Type* t = self.obj()->type;
  std::string out = file_kind(self) == g_types.fileio ? "<_io.FileIO"
                    : t->builtin                      ? "<_io." + std::string(type_name(self))
                                                      : "<" + std::string(type_name(self));
  if (file_kind(self) == g_types.fileio && !fp_field(raw)) return new_str(out + " [closed]>");
  Value name = raw ? dict_get_str(raw->dict, WEFT_IO_KEY("name")) : Value();
  if (name) {
    Value r = repr(name);
    if (!r) return r;
    out += " name=" + std::string(r.as<Str>()->view());
  }
  if (file_kind(self) == g_types.fileio) {
    Value cfd = dict_get_str(raw->dict, WEFT_IO_KEY("closefd"));
    out += " mode='" + std::string(raw_mode(raw)) +
           "' closefd=" + (cfd == Value(rt.False) ? "False" : "True");
  }
  return new_str(out + ">");
}

}  // namespace

// readable()/writable(): False for a mode without it, closed or not (as CPython's)
Value file_readable(Value self, Value*, int64_t, Tuple*) {
  Instance* raw = raw_of(self);
  if (!raw || !raw_readable(raw)) return rt.False;
  return file_fp(self, kClosed) ? Value(rt.True) : Value();
}

Value file_writable(Value self, Value*, int64_t, Tuple*) {
  Instance* raw = raw_of(self);
  if (!raw || !raw_writable(raw)) return rt.False;
  return file_fp(self, kClosed) ? Value(rt.True) : Value();
}

namespace {

Value b_raw(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  return dict_of(self, WEFT_IO_KEY("raw"));
}
Value b_name(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Instance* raw = raw_of(self);
  Value name = raw ? dict_get_str(raw->dict, WEFT_IO_KEY("name")) : Value();
  return name ? name : raise(rt.AttributeError, "'_io.FileIO' object has no attribute 'name'");
}
Value b_mode(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Instance* raw = raw_of(self);
  return new_str(raw ? raw_mode(raw) : "");
}
Value b_closed(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  Instance* raw = raw_of(self);
  return raw && fp_field(raw) ? rt.False : rt.True;
}
Value b_closefd(Value, Value* args, int64_t, Tuple*) {  // a getter: args[0] is self
  Value self = args[0];
  return dict_of(self, WEFT_IO_KEY("closefd"));
}

}  // namespace

Value binary_close(Value self, Value*, int64_t, Tuple*) {
  Instance* raw = raw_of(self);
  FILE* fp = raw ? fp_field(raw) : nullptr;
  if (!fp) return rt.None;
  handle_of(raw)->fp = nullptr;
  drop_pending(handle_of(raw)->pending);  // (the text layer's close wrote it)
  // with closefd=False the FILE* owns a duplicate of the caller's descriptor (open_raw)
  int r = std::fclose(fp);
  if (r != 0) return raise_os_error(errno, Value());
  return rt.None;
}

Value binary_flush(Value self, Value*, int64_t, Tuple*) {
  // IOBase.flush's message for a reader and the text layer
  Type* t = file_kind(self);
  FILE* fp = file_fp(self, t == g_types.text || t == g_types.reader || t == g_types.fileio
                               ? kClosedDot
                               : "flush of closed file");
  if (!fp) return Value();
  if (t == g_types.text) {
    Instance* raw = raw_of(self);
    if (!text_pending_flush(raw, handle_of(raw))) return Value();
  }
  if (std::fflush(fp) != 0) return raise_os_error(errno, Value());
  return rt.None;
}

Value binary_truncate(Value self, Value* args, int64_t nargs, Tuple*) {
  bool text = file_kind(self) == g_types.text;
  FILE* fp = file_fp(self, text ? kClosedDot : "truncate of closed file");
  if (!fp) return Value();
  if (!raw_writable(raw_of(self)))
    return raise_unsupported(file_kind(self) == g_types.fileio ? "File not open for writing"
                                                               : "truncate");
  if (text && !text_pending_flush(raw_of(self), handle_of(raw_of(self)))) return Value();
  std::fflush(fp);
  int64_t size = std::ftell(fp);
  if (nargs > 0 && args[0] != Value(rt.None) && !int_index(args[0], &size)) return Value();
  if (ftruncate(fileno(fp), size) != 0) return raise_os_error(errno, Value());
  return new_int(size);
}

Value binary_fileno(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = file_fp(self, kClosed);
  return fp ? new_int(fileno(fp)) : Value();
}

Value binary_isatty(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = file_fp(self, kClosed);
  if (!fp) return Value();
  return isatty(fileno(fp)) ? rt.True : rt.False;
}

Value binary_seekable(Value self, Value*, int64_t, Tuple*) {
  FILE* fp = file_fp(self, kClosed);
  if (!fp) return Value();
  return lseek(fileno(fp), 0, SEEK_CUR) >= 0 ? rt.True : rt.False;
}

Value file_enter(Value self, Value*, int64_t, Tuple*) {
  if (!file_fp(self, kClosedDot)) return Value();
  return self;
}

Value file_exit(Value self, Value*, int64_t, Tuple*) {
  return call_method(self, intern("close"), nullptr, 0) ? Value(rt.False) : Value();
}

namespace {

Value file_iter(Value self, Value*, int64_t, Tuple*) {
  return file_enter(self, nullptr, 0, nullptr);
}

// CPython's open(): the mode's letters, then the raw file, the buffer and the text layer.
struct Mode {
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
};

bool parse_mode(std::string_view mode, Mode* m) {
  for (size_t i = 0; i < mode.size(); i++) {
    char c = mode[i];
    bool* flag = c == 'x'   ? &m->creating
                 : c == 'r' ? &m->reading
                 : c == 'w' ? &m->writing
                 : c == 'a' ? &m->appending
                 : c == '+' ? &m->updating
                 : c == 't' ? &m->text
                 : c == 'b' ? &m->binary
                            : nullptr;
    if (!flag || mode.find(c, i + 1) != std::string_view::npos) {
      raise_fmt(rt.ValueError, "invalid mode: '%s'", std::string(mode).c_str());
      return false;
    }
    *flag = true;
  }
  if (m->text && m->binary) {
    raise(rt.ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (m->creating + m->reading + m->writing + m->appending > 1) {
    raise(rt.ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  if (!(m->creating || m->reading || m->writing || m->appending)) {
    raise(rt.ValueError,
          "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  return true;
}

bool optional_str(Value v, const char* what) {
  if (!v || v == Value(rt.None) || is_str(v)) return true;
  raise_fmt(rt.TypeError, "open() argument '%s' must be str or None, not %s", what, type_name(v));
  return false;
}

Instance* new_file_object(Type* t) {
  Instance* f = alloc<Instance>(t);
  if (f) f->dict = new_dict();
  return f && f->dict ? f : nullptr;
}

// The raw file: a FILE* over the opened descriptor (CPython's FileIO), in `into` (a FileIO
// being initialized) or a new FileIO.
Value open_raw(Instance* into, Value file, const Mode& m, bool closefd, Value opener) {
  bool by_fd = file.is_small() || (file.is_ptr() && file.obj()->type == rt.bool_type);
  int flags = O_CLOEXEC | (m.updating ? O_RDWR : m.reading ? O_RDONLY : O_WRONLY);
  if (m.writing) flags |= O_CREAT | O_TRUNC;
  if (m.creating) flags |= O_CREAT | O_EXCL;
  if (m.appending) flags |= O_CREAT | O_APPEND;
  Value name = file;
  int fd = -1;
  // CPython closes (and flushes) a dropped file object at once; here the collector closes it
  // later, so what unclosed files wrote is flushed before another file is opened
  if (g_pending_texts)
    for (TextPending* p : *g_pending_texts)
      if (p->fp && !p->bytes.empty()) {
        std::fwrite(p->bytes.data(), 1, p->bytes.size(), p->fp);
        p->bytes.clear();
      }
  std::fflush(nullptr);
  if (!by_fd && !closefd) return raise(rt.ValueError, "Cannot use closefd=False with file name");
  if (opener && opener != Value(rt.None)) {
    // opener(file, flags) gives the descriptor to open
    Value r = call2(opener, file, new_int(flags));
    if (!r) return r;
    if (!is_int(r)) return raise(rt.TypeError, "expected an integer from opener");
    int64_t n = -1;
    int_to_int64(r, &n);
    if (n < 0) return raise_fmt(rt.ValueError, "opener returned %lld", static_cast<long long>(n));
    fd = static_cast<int>(n);
  } else if (by_fd) {
    int64_t n = 0;
    if (!int_index(file, &n)) return Value();
    if (n < 0) return raise(rt.ValueError, "negative file descriptor");
    fd = closefd ? static_cast<int>(n) : ::dup(static_cast<int>(n));
    if (fd < 0) return raise_os_error(errno, Value());
  } else {
    std::string path(file.as<Str>()->view());
    if (path.find('\0') != std::string::npos) return raise(rt.ValueError, "embedded null byte");
    fd = ::open(path.c_str(), flags, 0666);
    if (fd < 0) return raise_os_error(errno, file);
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    if (!by_fd || closefd) ::close(fd);
    return raise_os_error(EISDIR, by_fd ? Value() : file);
  }
  const char* cmode = m.updating    ? (m.appending ? "a+b" : "r+b")
                      : m.reading   ? "rb"
                      : m.appending ? "ab"
                                    : "wb";
  FILE* fp = ::fdopen(fd, cmode);
  if (!fp) {
    int e = errno;
    ::close(fd);
    return raise_os_error(e, Value());
  }
  // the buffered layer's size, CPython's: the file's block size (8 KiB when it has none)
  size_t buffer_size = st.st_blksize > 1 ? static_cast<size_t>(st.st_blksize) : 8192;
  std::setvbuf(fp, nullptr, _IOFBF, buffer_size);
  if (m.appending) std::fseek(fp, 0, SEEK_END);  // tell() is the file's size, as CPython
  std::string raw_mode = m.creating    ? (m.updating ? "xb+" : "xb")
                         : m.appending ? (m.updating ? "ab+" : "ab")
                         : m.updating  ? "rb+"
                         : m.reading   ? "rb"
                                       : "wb";
  Instance* raw = into ? into : new_file_object(g_types.fileio);
  Dict* d = raw ? inst_dict(raw) : nullptr;
  FileHandle* handle = d ? alloc<FileHandle>(g_handle_type) : nullptr;
  if (!handle) {
    std::fclose(fp);
    return Value();
  }
  handle->fp = fp;
  handle->buffer_size = buffer_size;
  dict_set_str(d, WEFT_IO_KEY("_fp"), handle);
  dict_set_str(d, WEFT_IO_KEY("name"), name);
  dict_set_str(d, WEFT_IO_KEY("mode"), new_str(raw_mode));
  dict_set_str(d, WEFT_IO_KEY("closefd"), closefd ? rt.True : rt.False);
  return raw;
}

// ---- the types ----

void make_types();

// lib/io.py's implementations of the five file types (_weft_io.adopt), by kind_index()
Type* g_impls[5] = {};

int kind_index(Type* kind) {
  return kind == g_types.fileio   ? 0
         : kind == g_types.reader ? 1
         : kind == g_types.writer ? 2
         : kind == g_types.random ? 3
                                  : 4;
}

// open() with its eight arguments (parsed), or FileIO.__init__ in `into` (then it makes only
// the raw file: buffering 0, a binary mode).
Value open_file(Instance* into, Value* a) {
  Value file = a[0];
  bool by_fd = file.is_small() || (file.is_ptr() && file.obj()->type == rt.bool_type);
  if (file.is_ptr() && !is_str(file) && !by_fd) {
    // an os.PathLike (pathlib.Path, os.DirEntry) opens what its __fspath__ returns (PEP 519)
    bool found = false;
    Value p = call_special(file, intern("__fspath__"), nullptr, 0, &found);
    if (found && !p) return p;
    if (found) file = p;
  }
  if (is_bytes(file)) {  // a bytes path: its name stays bytes
    Value s = new_str(file.as<Str>()->view());
    if (!s) return s;
    a[0] = file;
    file = s;
  } else {
    a[0] = file;
  }
  if (!by_fd && !is_str(file))
    return raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s",
                     type_name(a[0]));
  if (a[1] && !is_str(a[1]))
    return raise_fmt(rt.TypeError, "open() argument 'mode' must be str, not %s", type_name(a[1]));
  int64_t buffering = -1;
  if (a[2] && !int_index(a[2], &buffering)) return Value();
  if (!optional_str(a[3], "encoding") || !optional_str(a[4], "errors") ||
      !optional_str(a[5], "newline"))
    return Value();
  auto given = [](Value v) { return v && v != Value(rt.None); };
  std::string_view mode = a[1] ? a[1].as<Str>()->view() : std::string_view("r");
  Mode m;
  if (!parse_mode(mode, &m)) return Value();
  if (m.binary && given(a[3]))
    return raise(rt.ValueError, "binary mode doesn't take an encoding argument");
  if (m.binary && given(a[4]))
    return raise(rt.ValueError, "binary mode doesn't take an errors argument");
  if (m.binary && given(a[5]))
    return raise(rt.ValueError, "binary mode doesn't take a newline argument");
  bool closefd = !a[6] || truthy(a[6]) > 0;
  Value raw = open_raw(into, is_str(file) ? file : a[0], m, closefd, a[7]);
  if (!raw) return raw;
  if (is_bytes(a[0])) dict_set_str(raw.as<Instance>()->dict, WEFT_IO_KEY("name"), a[0]);
  FILE* fp = fp_field(raw.as<Instance>());
  bool line_buffering = buffering == 1 || (buffering < 0 && isatty(fileno(fp)));
  if (buffering > 1) {  // that buffer size
    std::setvbuf(fp, nullptr, _IOFBF, static_cast<size_t>(buffering));
    handle_of(raw.as<Instance>())->buffer_size = static_cast<size_t>(buffering);
  }
  if (buffering == 0) {
    std::setvbuf(fp, nullptr, _IONBF, 0);
    if (m.binary) return raw;
    binary_close(raw, nullptr, 0, nullptr);
    return raise(rt.ValueError, "can't have unbuffered text I/O");
  }
  Type* t = m.updating ? g_types.random : m.reading ? g_types.reader : g_types.writer;
  Instance* buffered = new_file_object(t);
  if (!buffered) return Value();
  dict_set_str(buffered->dict, WEFT_IO_KEY("raw"), raw);
  if (m.binary) return buffered;
  Value text =
      make_text_file(buffered, a[1] ? a[1] : Value(new_str("r")), a[3], a[4], a[5], line_buffering);
  if (!text) binary_close(buffered, nullptr, 0, nullptr);
  return text;
}

Value b_open(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!g_types.text) make_types();
  Value a[8];
  if (!parse_args(
          "open", args, nargs, kw, 1,
          {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, a))
    return Value();
  return open_file(nullptr, a);
}

// FileIO.__init__(file, mode='r', closefd=True, opener=None): open()'s raw file (buffering=0,
// a binary mode) in self, which may be a subclass's instance.
Value fileio_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args("FileIO", args, nargs, kw, 1, {"file", "mode", "closefd", "opener"}, a))
    return Value();
  if (a[1] && !is_str(a[1]))
    return raise_fmt(rt.TypeError, "FileIO() argument 'mode' must be str, not %s", type_name(a[1]));
  std::string mode(a[1] ? a[1].as<Str>()->view() : std::string_view("r"));
  if (mode.find_first_not_of("rwxa+b") != std::string::npos)
    return raise_fmt(rt.ValueError, "invalid mode: %s", mode.c_str());
  if (mode.find('b') == std::string::npos) mode += 'b';
  Value m = new_str(mode);
  if (!m) return m;
  Instance* obj = self.as<Instance>();
  if (obj->dict && fp_field(obj) && !binary_close(self, nullptr, 0, nullptr))
    return Value();  // initialized again: the old file is closed first, as CPython
  Value open_args[8] = {a[0],
                        m,
                        Value::small(0),
                        rt.None,
                        rt.None,
                        rt.None,
                        a[2] ? a[2] : Value(rt.True),
                        a[3] ? a[3] : Value(rt.None)};
  return open_file(obj, open_args) ? Value(rt.None) : Value();
}

// BufferedReader/Writer/Random.__init__(raw, buffer_size=8192): over one of open()'s FileIO
// objects (exactly that type) the native layer, whose buffer is the FILE*'s; over any other raw
// stream (a FileIO subclass included) lib/io.py's implementation, which calls the raw object's
// own methods as CPython's does.
template <Type* FileTypes::*Kind>
Value buffered_init(Value self, Value* args, int64_t nargs, Tuple* kw) {
  Type* kind = g_types.*Kind;
  Value a[2];
  if (!parse_args(kind->name->view().data(), args, nargs, kw, 1, {"raw", "buffer_size"}, a))
    return Value();
  Value raw = a[0];
  if (!raw.is_ptr() || raw.obj()->type != g_types.fileio)
    return python_impl(kind, "__init__", false, self, args, nargs, kw);
  int64_t size = 8192;
  if (a[1] && !int_index(a[1], &size)) return Value();
  if (size <= 0) return raise(rt.ValueError, "buffer size must be strictly positive");
  Instance* r = raw.as<Instance>();
  if (!fp_field(r)) return raise(rt.ValueError, kClosed);
  if (kind != g_types.writer && !raw_readable(r))
    return raise_unsupported("File or stream is not readable.");
  if (kind != g_types.reader && !raw_writable(r))
    return raise_unsupported("File or stream is not writable.");
  Dict* d = inst_dict(self.as<Instance>());
  if (!d || dict_set_str(d, WEFT_IO_KEY("raw"), raw) < 0) return Value();
  return rt.None;
}

// _IOBase.__del__ (CPython's finalizer of every stream): a stream dropped open is closed, its
// buffers flushed first; close() is told by `_finalizing`; what fails is not reported.
Value iobase_del(Value self, Value*, int64_t nargs, Tuple* kw) {
  if (nargs || kw) return raise(rt.TypeError, "__del__() takes no arguments");
  Value closed = getattr(self, intern("closed"));
  int is_closed = closed ? truthy(closed) : -1;
  if (is_closed != 0) {
    clear_exc();
    return rt.None;
  }
  if (setattr(self, intern("_finalizing"), rt.True) < 0) clear_exc();
  if (!call_method(self, intern("close"), nullptr, 0)) clear_exc();
  return rt.None;
}

// T(...) for the exact built-in type (its subclasses are made by object's constructor, then
// this __init__ runs as any inherited one). Made so by a program, a stream closes when dropped
// (it may wrap a Python stream, or a file others still use); open()'s files need no finalizer,
// their handle's closes the file.
template <NativeFn Init>
Value io_new(Value cls, Value* args, int64_t nargs, Tuple* kw) {
  Instance* obj = new_instance(cls.as<Type>(), Init != fileio_init);
  if (!obj || !Init(obj, args, nargs, kw)) return Value();
  return obj;
}

// What the binary types share (CPython's FileIO and buffered objects have these methods).
#define WEFT_IO_BINARY_METHODS                                                                    \
  {"read", b_read}, {"readinto", b_readinto}, {"write", b_write}, {"close", binary_close},        \
      {"seek", b_seek}, {"tell", b_tell}, {"flush", binary_flush}, {"truncate", binary_truncate}, \
      {"fileno", binary_fileno}, {"isatty", binary_isatty}, {"readable", file_readable},          \
      {"writable", file_writable}, {"seekable", binary_seekable}, {"__repr__", b_repr},           \
      {"__enter__", file_enter}, {"__exit__", file_exit}, {                                       \
    "__iter__", file_iter                                                                         \
  }

constexpr MethodDef kFileMethods[] = {WEFT_IO_BINARY_METHODS, {"readall", b_readall}};
// (FileIO's readline is IOBase's, which calls read())
constexpr MethodDef kFileLineMethods[] = {{"readline", b_readline},
                                          {"readlines", b_readlines},
                                          {"__next__", b_next},
                                          {"writelines", b_writelines}};
constexpr MethodDef kFileGetters[] = {
    {"mode", b_mode}, {"closed", b_closed}, {"closefd", b_closefd}};
constexpr MethodDef kBufferedMethods[] = {
    WEFT_IO_BINARY_METHODS, {"readline", b_readline}, {"read1", b_read1}, {"peek", b_peek}};
constexpr MethodDef kBufferedLineMethods[] = {
    {"readlines", b_readlines}, {"__next__", b_next}, {"writelines", b_writelines}};
constexpr MethodDef kBufferedGetters[] = {
    {"mode", b_mode}, {"closed", b_closed}, {"raw", b_raw}, {"name", b_name}};

template <Type* FileTypes::*Kind>
void add_buffered_methods(Type* t) {
  add_io_tables<kBufferedMethods, kBufferedLineMethods, kBufferedGetters, Kind>(t);
  add_method(t, "__init__", buffered_init<Kind>);
  t->new_fn = io_new<buffered_init<Kind>>;
}

// The file types, made by the first open() (start-up need not pay for them).
void make_types() {
  // rooted first: a collection while the others are made must not lose them
  for (Type** t : {&g_handle_type, &g_types.iobase, &g_types.raw_base, &g_types.buffered_base,
                   &g_types.text_base, &g_types.fileio, &g_types.reader, &g_types.writer,
                   &g_types.random, &g_types.text})
    gc::add_root(reinterpret_cast<void**>(t));
  for (Type*& t : g_impls) gc::add_root(reinterpret_cast<void**>(&t));
  std::atexit(write_pending_texts);
  g_handle_type = new_builtin_type("_io_handle", Layout::Object, rt.object_type);
  g_marks = {WEFT_IO_KEY("_fp"), WEFT_IO_KEY("raw"), WEFT_IO_KEY("_flags")};  // (interned: alive)
  g_types.iobase = new_io_type("_IOBase", rt.object_type);
  add_method(g_types.iobase, "__del__", iobase_del);
  g_types.raw_base = new_io_type("_RawIOBase", g_types.iobase);
  g_types.buffered_base = new_io_type("_BufferedIOBase", g_types.iobase);
  g_types.text_base = new_io_type("_TextIOBase", g_types.iobase);
  Type* f = g_types.fileio = new_io_type("FileIO", g_types.raw_base);
  add_io_tables<kFileMethods, kFileLineMethods, kFileGetters, &FileTypes::fileio>(f);
  add_method(f, "__init__", fileio_init);
  f->new_fn = io_new<fileio_init>;
  add_buffered_methods<&FileTypes::reader>(
      g_types.reader = new_io_type("BufferedReader", g_types.buffered_base));
  add_buffered_methods<&FileTypes::writer>(
      g_types.writer = new_io_type("BufferedWriter", g_types.buffered_base));
  add_buffered_methods<&FileTypes::random>(
      g_types.random = new_io_type("BufferedRandom", g_types.buffered_base));
  text_init();
  // the std streams' type: a subclass, as CPython's are TextIOWrapper objects (its own methods
  // first, and its getters for what TextIOWrapper's would look for in a native text file)
  Value bases = tuple_from_array(reinterpret_cast<Value*>(&g_types.text), 1);
  if (!bases || type_set_bases(g_textio_type, bases) < 0) clear_exc();
  add_getter(g_textio_type, "name", [](Value, Value* args, int64_t, Tuple*) {
    Value name = args[0].is_ptr() ? dict_of(args[0], WEFT_IO_KEY("name")) : Value();
    return name ? name : Value(rt.None);
  });
  add_getter(g_textio_type, "closed",
             [](Value, Value*, int64_t, Tuple*) { return Value(rt.False); });
  add_getter(g_textio_type, "newlines",
             [](Value, Value*, int64_t, Tuple*) { return Value(rt.None); });
}

// _weft_io.types(): (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, FileIO, BufferedReader,
// BufferedWriter, BufferedRandom, TextIOWrapper)
Value io_types(Value, Value*, int64_t, Tuple*) {
  if (!g_types.text) make_types();
  Value types[9] = {g_types.iobase,    g_types.raw_base, g_types.buffered_base,
                    g_types.text_base, g_types.fileio,   g_types.reader,
                    g_types.writer,    g_types.random,   g_types.text};
  return tuple_from_array(types, 9);
}

// _weft_io.adopt(type, cls): lib/io.py's class `cls` written for the built-in type: the
// attributes of cls and of its bases (but object) that the type does not define become the
// type's; for the five file types cls is also where python_impl() finds their methods for
// instances that hold no native file.
Value io_adopt(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2 || !isinstance(args[0], rt.type_type) || !isinstance(args[1], rt.type_type))
    return raise(rt.TypeError, "adopt(type, cls)");
  Type* t = args[0].as<Type>();
  Type* cls = args[1].as<Type>();
  if (!t->builtin || !is_subtype(t, g_types.iobase))
    return raise(rt.TypeError, "adopt(): not a built-in io type");
  // what instances of the built-in type are not given: construction is the type's, and a
  // finalizer on it would make every file object a finalizable one
  static const char* const skipped[] = {
      "__dict__", "__weakref__", "__module__", "__qualname__", "__doc__",
      "__init__", "__new__",     "__del__",    "__slots__",    "__abstractmethods__"};
  Tuple* mro = cls->mro;
  for (int64_t i = 0; i < mro->size; i++) {
    Type* c = mro->at(i).as<Type>();
    if (c == rt.object_type) continue;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(c->dict, &pos, &k, &v)) {
      if (!is_str(k) || dict_get_str(t->dict, k.as<Str>())) continue;
      std::string_view name = k.as<Str>()->view();
      if (std::any_of(std::begin(skipped), std::end(skipped),
                      [&](const char* s) { return name == s; }))
        continue;
      if (dict_set_str(t->dict, k.as<Str>(), v) < 0) return Value();
    }
  }
  type_modified(t);
  if (is_file_type(t) && kind_of(t) == t) g_impls[kind_index(t)] = cls;
  return rt.None;
}

}  // namespace

NativeMarks g_marks;

// Calls f as a method of self: args holds nargs positional values then kw's values.
static Value call_with_self(Value f, Value self, Value* args, int64_t nargs, Tuple* kw) {
  std::vector<Value> a(static_cast<size_t>(nargs + (kw ? kw->size : 0) + 1));
  ValueRoots roots(a.data(), a.size());
  a[0] = self;
  std::copy_n(args, a.size() - 1, a.begin() + 1);
  return call(f, a.data(), nargs + 1, kw);
}

bool native_backed(Value self, Type* kind) {
  if (!self.is_ptr()) return false;
  Instance* obj = self.as<Instance>();
  Dict* d = obj->dict;
  if (!d) return false;  // (lib/io.py's implementations keep their state in a map)
  if (kind == g_types.fileio) return obj->type == kind || dict_get_str(d, WEFT_IO_KEY("_fp"));
  if (kind == g_types.text) return !!dict_get_str(d, WEFT_IO_KEY("_flags"));
  Value raw = dict_get_str(d, WEFT_IO_KEY("raw"));
  return raw && raw.is_ptr() && raw.obj()->type == g_types.fileio;
}

Value python_impl(Type* kind, const char* name, bool getter, Value self, Value* args, int64_t nargs,
                  Tuple* kw) {
  Str* n = intern(name);
  Type* impl = g_impls[kind_index(kind)];
  Value f = impl ? lookup(impl, n) : Value();
  if (!f) f = lookup(kind->base, n);
  if (!f || is_native_fn(f)) {
    if (kind == g_types.fileio || !impl)
      return raise(rt.ValueError, "I/O operation on uninitialized object");
    return raise_fmt(rt.AttributeError, "'%s' object has no attribute '%s'", type_name(self), name);
  }
  if (getter) {
    if (f.is_ptr() && f.obj()->type == rt.property_type) {
      Value fget = f.as<Wrapper>()->a;
      return fget ? call1(fget, self) : raise_fmt(rt.AttributeError, "unreadable attribute");
    }
    return f;
  }
  return call_with_self(f, self, args, nargs, kw);
}

Value call_python_base(Type* kind, const char* name, Value self, Value* args, int64_t nargs,
                       Tuple* kw, bool* found) {
  Value f = lookup(kind->base, intern(name));  // io's Python IOBase methods, once io is imported
  *found = f && !is_native_fn(f);
  if (!*found) return Value();
  return call_with_self(f, self, args, nargs, kw);
}

Type* new_io_type(const char* name, Type* base) {
  Type* t = new_builtin_type(name, Layout::Instance, base);
  t->basetype = true;
  dict_set_str(t->dict, intern("__module__"), intern("_io"));
  return t;
}

}  // namespace io

bool io_finalizer_needed(Type* t, Value del) {
  using io::g_types;
  if (!g_types.iobase || del != dict_get_str(g_types.iobase->dict, intern("__del__"))) return true;
  // closing runs only _IOBase's own methods (lib/io.py's), which nobody sees once it is gone
  for (const char* name : {"close", "flush", "closed"})
    if (lookup(t, intern(name)) != dict_get_str(g_types.iobase->dict, intern(name))) return true;
  return t->has_setattr || t->has_getattribute || t->has_getattr;
}

void io_init() { dict_set_str(rt.builtins, intern("open"), new_builtin("open", io::b_open)); }

PyModule* make_io_support() {
  PyModule* m = new_native_module("_weft_io");
  if (!m) return m;
  static const struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"types", io::io_types}, {"adopt", io::io_adopt}};
  for (const auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  return m;
}

}  // namespace weft::python
