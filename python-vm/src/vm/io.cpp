// open(): text and binary files on top of C stdio. A file object is an Instance of the built-in
// type TextIOWrapper (text), BufferedReader, BufferedWriter or BufferedRandom (binary: read,
// write/append, '+') whose attribute dict holds the FILE* (as an int), the mode and the name.
// Supports read/readline/readlines/write/writelines/seek/tell/truncate/flush/close, fileno,
// isatty, readable/writable/seekable, iteration and `with`.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime.h"

namespace weft::python {

Value raise_os_error(int e, Value filename);  // os_module.cpp

namespace {

Type* g_file_type = nullptr;  // TextIOWrapper
Type* g_reader_type = nullptr;
Type* g_writer_type = nullptr;
Type* g_random_type = nullptr;

Str* key(const char* k) { return intern(k); }

FILE* file_of(Value self, bool* closed) {
  Value f = dict_get_str(self.as<Instance>()->dict, key("_fp"));
  *closed = !f || f == Value::small(0);
  if (*closed) {
    raise(rt.ValueError, "I/O operation on closed file.");
    return nullptr;
  }
  return reinterpret_cast<FILE*>(static_cast<uintptr_t>(f.small_val()));
}

bool is_instance_named(Value v, const char* name) { return std::strcmp(type_name(v), name) == 0; }

bool is_binary(Value self) {
  Value m = dict_get_str(self.as<Instance>()->dict, key("mode"));
  return m && m.as<Str>()->view().find('b') != std::string_view::npos;
}

Value make_result(Value self, const std::string& s) {
  return is_binary(self) ? new_bytes(s) : new_str(s);
}

// C stdio needs a seek between a write and a read on the same stream ('+' modes); Python's
// files allow switching freely.
void sync_for_switch(Value self, FILE* fp) {
  Value m = dict_get_str(self.as<Instance>()->dict, key("mode"));
  if (m && m.as<Str>()->view().find('+') != std::string_view::npos) std::fseek(fp, 0, SEEK_CUR);
}

Value f_read(Value self, Value* args, int64_t nargs, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  int64_t n = -1;
  if (nargs > 0 && args[0] != Value(rt.None) && !int_index(args[0], &n)) return Value();
  sync_for_switch(self, fp);
  std::string out;
  if (n >= 0 && !is_binary(self)) {  // n characters, each 1-4 bytes of UTF-8
    int c;
    for (int64_t chars = 0; chars < n && (c = getc_unlocked(fp)) != EOF; chars++) {
      out += static_cast<char>(c);
      int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
      while (more-- > 0 && (c = getc_unlocked(fp)) != EOF) out += static_cast<char>(c);
    }
    return make_result(self, out);
  }
  char buf[65536];
  while (n < 0 || static_cast<int64_t>(out.size()) < n) {
    size_t want = sizeof buf;
    if (n >= 0 && static_cast<int64_t>(want) > n - static_cast<int64_t>(out.size()))
      want = static_cast<size_t>(n - static_cast<int64_t>(out.size()));
    size_t got = std::fread(buf, 1, want, fp);
    out.append(buf, got);
    if (got < want) break;
  }
  return make_result(self, out);
}

Value f_readline(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  sync_for_switch(self, fp);
  std::string out;
  int c;
  while ((c = getc_unlocked(fp)) != EOF) {
    out += static_cast<char>(c);
    if (c == '\n') break;
  }
  return make_result(self, out);
}

Value f_readlines(Value self, Value*, int64_t, Tuple*) {
  List* l = new_list(0);
  if (!l) return Value();
  for (;;) {
    Value line = f_readline(self, nullptr, 0, nullptr);
    if (!line) return line;
    if (line.as<Str>()->size == 0) return l;
    if (!list_append(l, line)) return Value();
  }
}

Value f_write(Value self, Value* args, int64_t nargs, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  Value data = nargs == 1 ? args[0] : Value();
  if (data && is_binary(self) && data.is_ptr() && data.obj()->type != rt.bytes_type &&
      (is_instance_named(data, "bytearray") || is_instance_named(data, "memoryview"))) {
    data = call1(rt.bytes_type, data);  // the buffer's bytes
    if (!data) return data;
  }
  if (!data || !data.is_ptr() ||
      data.obj()->type != (is_binary(self) ? rt.bytes_type : rt.str_type)) {
    if (is_binary(self))
      return raise_fmt(rt.TypeError, "a bytes-like object is required, not '%s'",
                       nargs ? type_name(args[0]) : "nothing");
    return raise_fmt(rt.TypeError, "write() argument must be str, not %s",
                     nargs ? type_name(args[0]) : "nothing");
  }
  sync_for_switch(self, fp);
  Str* s = data.as<Str>();
  std::fwrite(s->data(), 1, static_cast<size_t>(s->size), fp);
  return new_int(is_binary(self) ? s->size : s->chars);
}

Value f_writelines(Value self, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1) return raise(rt.TypeError, "writelines() takes exactly one argument");
  Value it = get_iter(args[0]);
  if (!it) return it;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return rt.exc ? Value() : Value(rt.None);
    if (!f_write(self, &v, 1, nullptr)) return Value();
  }
}

Value f_close(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Instance>()->dict;
  Value f = dict_get_str(d, key("_fp"));
  if (f && f != Value::small(0)) {
    std::fclose(reinterpret_cast<FILE*>(static_cast<uintptr_t>(f.small_val())));
    dict_set_str(d, key("_fp"), Value::small(0));
  }
  dict_set_str(d, key("closed"), rt.True);
  return rt.None;
}

// io.UnsupportedOperation (lib/io.py: an OSError and a ValueError)
Value raise_unsupported(const char* msg) {
  Value io = import_module(intern("io"));
  if (!io) return io;
  Value cls = getattr(io, intern("UnsupportedOperation"));
  if (!cls) return cls;
  Value exc = call1(cls, new_str(msg));
  return exc ? raise_value(exc) : exc;
}

Value f_seek(Value self, Value* args, int64_t nargs, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  int64_t off = 0, whence = 0;
  if (nargs < 1 || nargs > 2) return raise(rt.TypeError, "seek expected 1 or 2 arguments");
  if (!int_index(args[0], &off) || (nargs == 2 && !int_index(args[1], &whence))) return Value();
  if (whence < 0 || whence > 2)
    return raise_fmt(rt.ValueError, "invalid whence (%lld, should be 0, 1 or 2)",
                     static_cast<long long>(whence));
  if (!is_binary(self) && whence != 0 && off != 0)
    return raise_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks"
                                         : "can't do nonzero end-relative seeks");
  if (whence == 0 && off < 0)
    return raise_fmt(rt.ValueError,
                     is_binary(self) ? "negative seek value %lld" : "negative seek position %lld",
                     static_cast<long long>(off));
  if (std::fseek(fp, off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END) != 0)
    return raise_os_error(errno, Value());
  return new_int(std::ftell(fp));
}

Value f_tell(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  long pos = std::ftell(fp);
  if (pos < 0) return raise_os_error(errno, Value());
  return new_int(pos);
}

Value f_flush(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  std::fflush(fp);
  return rt.None;
}

Value f_truncate(Value self, Value* args, int64_t nargs, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  std::fflush(fp);
  int64_t size = std::ftell(fp);
  if (nargs > 0 && args[0] != Value(rt.None) && !int_index(args[0], &size)) return Value();
  if (ftruncate(fileno(fp), size) != 0) return raise_os_error(errno, Value());
  return new_int(size);
}

Value f_fileno(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  return fp ? new_int(fileno(fp)) : Value();
}

Value f_isatty(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  return isatty(fileno(fp)) ? rt.True : rt.False;
}

bool mode_has(Value self, const char* any) {
  Value m = dict_get_str(self.as<Instance>()->dict, key("mode"));
  return m && m.as<Str>()->view().find_first_of(any) != std::string_view::npos;
}
Value f_readable(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  if (!file_of(self, &closed)) return Value();
  return mode_has(self, "r+") ? rt.True : rt.False;
}
Value f_writable(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  if (!file_of(self, &closed)) return Value();
  return mode_has(self, "wax+") ? rt.True : rt.False;
}
Value f_seekable(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  return lseek(fileno(fp), 0, SEEK_CUR) >= 0 ? rt.True : rt.False;
}

// <_io.TextIOWrapper name='f.txt' mode='r' encoding='UTF-8'>, <_io.BufferedReader name='f'>
Value f_repr(Value self, Value*, int64_t, Tuple*) {
  Dict* d = self.as<Instance>()->dict;
  Value name = repr(dict_get_str(d, key("name")));
  if (!name) return name;
  std::string out =
      "<_io." + std::string(type_name(self)) + " name=" + std::string(name.as<Str>()->view());
  if (!is_binary(self)) {
    Value mode = repr(dict_get_str(d, key("mode")));
    Value enc = repr(dict_get_str(d, key("encoding")));
    if (!mode || !enc) return Value();
    out += " mode=" + std::string(mode.as<Str>()->view()) +
           " encoding=" + std::string(enc.as<Str>()->view());
  }
  return new_str(out + ">");
}

Value f_enter(Value self, Value*, int64_t, Tuple*) { return self; }
Value f_exit(Value self, Value*, int64_t, Tuple*) {
  if (!f_close(self, nullptr, 0, nullptr)) return Value();
  return rt.False;
}
Value f_iter(Value self, Value*, int64_t, Tuple*) { return self; }
Value f_next(Value self, Value*, int64_t, Tuple*) {
  Value line = f_readline(self, nullptr, 0, nullptr);
  if (!line) return line;
  if (line.as<Str>()->size == 0) return raise_value(rt.StopIteration);
  return line;
}

Value b_open(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[8];
  if (!parse_args(
          "open", args, nargs, kw, 1,
          {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, a))
    return Value();
  bool by_fd = a[0].is_small() || (a[0].is_ptr() && a[0].obj()->type == rt.bool_type);
  if (a[0].is_ptr() && a[0].obj()->type != rt.str_type && !by_fd) {
    // an os.PathLike (pathlib.Path, os.DirEntry) opens what its __fspath__ returns (PEP 519)
    bool found = false;
    Value p = call_special(a[0], intern("__fspath__"), nullptr, 0, &found);
    if (found && !p) return p;
    if (found) a[0] = p;
  }
  if (!by_fd && (!a[0].is_ptr() || a[0].obj()->type != rt.str_type))
    return raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s",
                     type_name(a[0]));
  bool closefd = !a[6] || truthy(a[6]) > 0;
  if (!by_fd && !closefd) return raise(rt.ValueError, "Cannot use closefd=False with file name");
  std::string mode = a[1] ? std::string(a[1].as<Str>()->view()) : "r";
  std::string cmode;
  if (mode.find('r') != std::string::npos)
    cmode = "r";
  else if (mode.find('w') != std::string::npos)
    cmode = "w";
  else if (mode.find('a') != std::string::npos)
    cmode = "a";
  else if (mode.find('x') != std::string::npos)
    cmode = "wx";
  else
    return raise_fmt(rt.ValueError, "invalid mode: '%s'", mode.c_str());
  if (mode.find('+') != std::string::npos) cmode += "+";
  cmode += "b";
  FILE* fp = nullptr;
  Value name = a[0];
  if (a[7] && a[7] != Value(rt.None)) {
    // opener(file, flags) gives the descriptor to open, with os.open's flags for the mode
    int flags = O_CLOEXEC | (mode.find('+') != std::string::npos ? O_RDWR
                             : cmode[0] == 'r'                   ? O_RDONLY
                                                                 : O_WRONLY);
    if (cmode[0] == 'w')
      flags |= O_CREAT | (cmode.size() > 1 && cmode[1] == 'x' ? O_EXCL : O_TRUNC);
    if (cmode[0] == 'a') flags |= O_CREAT | O_APPEND;
    Value fd = call2(a[7], a[0], new_int(flags));
    if (!fd) return fd;
    if (!is_int(fd)) return raise(rt.TypeError, "expected an integer from opener");
    int64_t n = -1;
    int_to_int64(fd, &n);
    if (n < 0) return raise_fmt(rt.ValueError, "opener returned %lld", static_cast<long long>(n));
    a[0] = fd;
    by_fd = true;
    closefd = true;
  }
  if (by_fd) {
    // open(fd): the file object owns the descriptor, or a duplicate of it with closefd=False
    int64_t fd = 0;
    if (!int_index(a[0], &fd)) return Value();
    if (fd < 0) return raise(rt.ValueError, "negative file descriptor");
    int use = closefd ? static_cast<int>(fd) : ::dup(static_cast<int>(fd));
    if (use < 0) return raise_os_error(errno, Value());
    if (cmode[0] == 'w' && cmode.size() > 1 && cmode[1] == 'x') cmode.erase(1, 1);
    fp = ::fdopen(use, cmode.c_str());
    if (!fp) {
      int e = errno;
      if (!closefd) ::close(use);
      return raise_os_error(e, Value());
    }
  } else {
    std::string path(a[0].as<Str>()->view());
    fp = std::fopen(path.c_str(), cmode.c_str());
    if (!fp) return raise_os_error(errno, a[0]);
  }
  bool binary = mode.find('b') != std::string::npos;
  Type* t = !binary                               ? g_file_type
            : mode.find('+') != std::string::npos ? g_random_type
            : mode.find('r') != std::string::npos ? g_reader_type
                                                  : g_writer_type;
  Instance* f = alloc<Instance>(t);
  if (!f) return Value();
  f->dict = new_dict();
  dict_set_str(f->dict, key("_fp"),
               Value::small(static_cast<int64_t>(reinterpret_cast<uintptr_t>(fp))));
  dict_set_str(f->dict, key("mode"), new_str(mode));
  dict_set_str(f->dict, key("name"), name);
  dict_set_str(f->dict, key("closed"), rt.False);
  if (!binary) {
    // the locale's encoding is UTF-8 here (weft reads and writes UTF-8)
    bool locale = !a[3] || a[3] == Value(rt.None) ||
                  (is_instance_named(a[3], "str") && a[3].as<Str>()->view() == "locale");
    dict_set_str(f->dict, key("encoding"), locale ? Value(new_str("UTF-8")) : a[3]);
  }
  return f;
}

Type* file_type(const char* name) {
  Type* t = new_builtin_type(name, Layout::Instance, rt.object_type);
  dict_set_str(t->dict, intern("__module__"), intern("_io"));
  static const struct {
    const char* name;
    NativeFn fn;
  } methods[] = {{"read", f_read},
                 {"readline", f_readline},
                 {"readlines", f_readlines},
                 {"write", f_write},
                 {"writelines", f_writelines},
                 {"close", f_close},
                 {"seek", f_seek},
                 {"tell", f_tell},
                 {"flush", f_flush},
                 {"truncate", f_truncate},
                 {"fileno", f_fileno},
                 {"isatty", f_isatty},
                 {"readable", f_readable},
                 {"writable", f_writable},
                 {"seekable", f_seekable},
                 {"__repr__", f_repr},
                 {"__enter__", f_enter},
                 {"__exit__", f_exit},
                 {"__iter__", f_iter},
                 {"__next__", f_next}};
  for (const auto& m : methods) add_method(t, m.name, m.fn);
  return t;
}

}  // namespace

void io_init() {
  g_file_type = file_type("TextIOWrapper");
  g_reader_type = file_type("BufferedReader");
  g_writer_type = file_type("BufferedWriter");
  g_random_type = file_type("BufferedRandom");
  // nothing else need reference the types
  for (Type** t : {&g_file_type, &g_reader_type, &g_writer_type, &g_random_type})
    gc::add_root(reinterpret_cast<void**>(t));
  dict_set_str(rt.builtins, intern("open"), new_builtin("open", b_open));
}

}  // namespace weft::python
