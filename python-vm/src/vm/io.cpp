// open(): text and binary files on top of C stdio. A file object is an Instance of the built-in
// type TextIOWrapper/BufferedReader whose attribute dict holds the FILE* (as an int), the mode
// and the name. Supports read/readline/readlines/write/writelines/close, iteration and `with`.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime.h"

namespace weft::python {

Value raise_os_error(int e, Value filename);  // os_module.cpp

namespace {

Type* g_file_type = nullptr;

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

bool is_binary(Value self) {
  Value m = dict_get_str(self.as<Instance>()->dict, key("mode"));
  return m && m.as<Str>()->view().find('b') != std::string_view::npos;
}

Value make_result(Value self, const std::string& s) {
  return is_binary(self) ? new_bytes(s) : new_str(s);
}

Value f_read(Value self, Value* args, int64_t nargs, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  int64_t n = -1;
  if (nargs > 0 && args[0] != Value(rt.None) && !int_index(args[0], &n)) return Value();
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
  return make_result(self, out);
}

Value f_readline(Value self, Value*, int64_t, Tuple*) {
  bool closed;
  FILE* fp = file_of(self, &closed);
  if (!fp) return Value();
  std::string out;
  int c;
  while ((c = std::fgetc(fp)) != EOF) {
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
  if (nargs != 1 || !args[0].is_ptr() ||
      args[0].obj()->type != (is_binary(self) ? rt.bytes_type : rt.str_type))
    return raise_fmt(rt.TypeError, "write() argument must be %s, not %s",
                     is_binary(self) ? "bytes" : "str", nargs ? type_name(args[0]) : "nothing");
  Str* s = args[0].as<Str>();
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
  Value a[3];
  if (!parse_args("open", args, nargs, kw, 1, {"file", "mode", "encoding"}, a)) return Value();
  if (!a[0].is_ptr() || a[0].obj()->type != rt.str_type)
    return raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s",
                     type_name(a[0]));
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
  std::string path(a[0].as<Str>()->view());
  FILE* fp = std::fopen(path.c_str(), cmode.c_str());
  if (!fp) {
    return raise_os_error(errno, a[0]);
  }
  Instance* f = alloc<Instance>(g_file_type);
  if (!f) return Value();
  f->dict = new_dict();
  dict_set_str(f->dict, key("_fp"),
               Value::small(static_cast<int64_t>(reinterpret_cast<uintptr_t>(fp))));
  dict_set_str(f->dict, key("mode"), new_str(mode));
  dict_set_str(f->dict, key("name"), a[0]);
  dict_set_str(f->dict, key("closed"), rt.False);
  return f;
}

}  // namespace

void io_init() {
  g_file_type = new_builtin_type("TextIOWrapper", Layout::Instance, rt.object_type);
  gc::add_root(reinterpret_cast<void**>(&g_file_type));  // nothing else need reference the type
  add_method(g_file_type, "read", f_read);
  add_method(g_file_type, "readline", f_readline);
  add_method(g_file_type, "readlines", f_readlines);
  add_method(g_file_type, "write", f_write);
  add_method(g_file_type, "writelines", f_writelines);
  add_method(g_file_type, "close", f_close);
  add_method(g_file_type, "__enter__", f_enter);
  add_method(g_file_type, "__exit__", f_exit);
  add_method(g_file_type, "__iter__", f_iter);
  add_method(g_file_type, "__next__", f_next);
  dict_set_str(rt.builtins, intern("open"), new_builtin("open", b_open));
}

}  // namespace weft::python
