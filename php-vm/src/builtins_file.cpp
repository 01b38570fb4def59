// Streams in PHP: fopen and the f* functions, file(), file_get_contents/file_put_contents,
// tmpfile, fprintf, CSV (fputcsv/fgetcsv/str_getcsv), resource introspection.
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "builtins.h"
#include "streams.h"

namespace weft::php {

static Value str_value(std::string_view s) { return Value::str(new_string(s)); }

#define STREAM_ARG(name, fn, i) \
  Stream* name;                 \
  if (!stream_arg(vm, fn, args, argc, i, &name)) return false;

static bool positive_length(VM& vm, const char* fn, const Value& v, const char* what) {
  if (to_int(v) > 0) return true;
  return vm.throw_error("ValueError",
                        std::string(fn) + "(): Argument #2 ($" + what + ") must be greater than 0");
}

WEFT_PHP_NATIVE(f_fopen) {
  if (!check_arity(vm, "fopen", argc, 2, 4)) return false;
  STR_ARG(path, "fopen", 0)
  STR_ARG(mode, "fopen", 1)
  if (path->len == 0) return vm.throw_error("ValueError", "Path cannot be empty");
  Stream* s = open_stream(vm, path->view(), mode->view());
  if (!s) {
    std::string why = errno == EINVAL
                          ? "`" + std::string(mode->view()) + "' is not a valid mode for fopen"
                          : std::strerror(errno);
    vm.warning("fopen(" + std::string(path->view()) + "): Failed to open stream: " + why);
    *ret = Value::boolean(false);
    return true;
  }
  // php's php://temp makes a second stream (its memory) right after the first
  *ret = new_stream_resource(s, std::string_view(s->stream_type) == "TEMP" ? 1 : 0);
  return true;
}

WEFT_PHP_NATIVE(f_tmpfile) {
  char tmpl[] = "/tmp/phpXXXXXX";
  const char* dir = std::getenv("TMPDIR");
  std::string t = dir && *dir ? std::string(dir) + "/phpXXXXXX" : tmpl;
  int fd = ::mkstemp(t.data());
  if (fd < 0) {
    *ret = Value::boolean(false);
    return true;
  }
  ::unlink(t.c_str());
  auto* s = new Stream;
  s->fd = fd;
  s->mode = "r+b";
  s->uri = t;
  *ret = new_stream_resource(s);
  return true;
}

WEFT_PHP_NATIVE(f_fclose) {
  if (!check_arity(vm, "fclose", argc, 1, 1)) return false;
  STREAM_ARG(s, "fclose", 0)
  (void)s;
  close_resource(args[0]);
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_fgets) {
  if (!check_arity(vm, "fgets", argc, 1, 2)) return false;
  STREAM_ARG(s, "fgets", 0)
  size_t max = SIZE_MAX;
  if (argc > 1 && !arg_at(args, argc, 1).is_null()) {
    if (!positive_length(vm, "fgets", arg_at(args, argc, 1), "length")) return false;
    max = size_t(to_int(arg_at(args, argc, 1)) - 1);
    if (max == 0) {
      *ret = Value::boolean(false);
      return true;
    }
  }
  std::string line;
  *ret = s->get_line(&line, max) ? str_value(line) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_fgetc) {
  if (!check_arity(vm, "fgetc", argc, 1, 1)) return false;
  STREAM_ARG(s, "fgetc", 0)
  std::string c = s->read(vm, "fgetc", 1);
  *ret = c.empty() ? Value::boolean(false) : str_value(c);
  return true;
}

WEFT_PHP_NATIVE(f_fread) {
  if (!check_arity(vm, "fread", argc, 2, 2)) return false;
  STREAM_ARG(s, "fread", 0)
  if (!positive_length(vm, "fread", arg_at(args, argc, 1), "length")) return false;
  if (!s->readable && s->kind != Stream::Kind::Fd) {
    *ret = Value::boolean(false);
    return true;
  }
  std::string data = s->read(vm, "fread", size_t(to_int(arg_at(args, argc, 1))));
  *ret = !s->readable ? Value::boolean(false) : str_value(data);
  return true;
}

WEFT_PHP_NATIVE(f_fwrite) {
  if (!check_arity(vm, "fwrite", argc, 2, 3)) return false;
  STREAM_ARG(s, "fwrite", 0)
  STR_ARG(data, "fwrite", 1)
  std::string_view d = data->view();
  if (argc > 2 && !arg_at(args, argc, 2).is_null()) {
    int64_t n = to_int(arg_at(args, argc, 2));
    d = d.substr(0, size_t(std::max<int64_t>(n, 0)));
  }
  if (d.empty()) {
    *ret = Value::integer(0);
    return true;
  }
  int64_t n = s->write(vm, "fwrite", d);
  *ret = n < 0 ? Value::boolean(false) : Value::integer(n);
  return true;
}

WEFT_PHP_NATIVE(f_fprintf) {
  if (!check_arity(vm, "fprintf", argc, 2, 1u << 30)) return false;
  STREAM_ARG(s, "fprintf", 0)
  std::string out;
  if (!php_sprintf(vm, "fprintf", args + 1, argc - 1, &out)) return false;
  s->write(vm, "fprintf", out);
  *ret = Value::integer(int64_t(out.size()));
  return true;
}

WEFT_PHP_NATIVE(f_vfprintf) {
  if (!check_arity(vm, "vfprintf", argc, 3, 3)) return false;
  STREAM_ARG(s, "vfprintf", 0)
  std::string out;
  if (!php_vsprintf(vm, args + 1, argc - 1, &out)) return false;
  s->write(vm, "vfprintf", out);
  *ret = Value::integer(int64_t(out.size()));
  return true;
}

WEFT_PHP_NATIVE(f_feof) {
  if (!check_arity(vm, "feof", argc, 1, 1)) return false;
  STREAM_ARG(s, "feof", 0)
  *ret = Value::boolean(s->at_eof());
  return true;
}

WEFT_PHP_NATIVE(f_fseek) {
  if (!check_arity(vm, "fseek", argc, 2, 3)) return false;
  STREAM_ARG(s, "fseek", 0)
  int64_t whence = argc > 2 ? to_int(arg_at(args, argc, 2)) : SEEK_SET;
  *ret = Value::integer(s->seek(to_int(arg_at(args, argc, 1)), int(whence)) ? 0 : -1);
  return true;
}

WEFT_PHP_NATIVE(f_ftell) {
  if (!check_arity(vm, "ftell", argc, 1, 1)) return false;
  STREAM_ARG(s, "ftell", 0)
  *ret = s->seekable ? Value::integer(s->tell()) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_rewind) {
  if (!check_arity(vm, "rewind", argc, 1, 1)) return false;
  STREAM_ARG(s, "rewind", 0)
  *ret = Value::boolean(s->seek(0, SEEK_SET));
  return true;
}

WEFT_PHP_NATIVE(f_fflush) {
  if (!check_arity(vm, "fflush", argc, 1, 1)) return false;
  STREAM_ARG(s, "fflush", 0)
  if (s->console) vm.flush_stdout();
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_flock) {
  if (!check_arity(vm, "flock", argc, 2, 3)) return false;
  STREAM_ARG(s, "flock", 0)
  (void)s;  // one process: every lock is granted
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_ftruncate) {
  if (!check_arity(vm, "ftruncate", argc, 2, 2)) return false;
  STREAM_ARG(s, "ftruncate", 0)
  if (to_int(arg_at(args, argc, 1)) < 0)
    return vm.throw_error("ValueError",
                          "ftruncate(): Argument #2 ($size) must be greater than or equal to 0");
  *ret = Value::boolean(s->truncate(to_int(arg_at(args, argc, 1))));
  return true;
}

// stat()'s array: the 13 numbered entries, then the same by name.
Array* stat_array(const struct stat& st) {
  static const char* names[] = {"dev",  "ino",   "mode",  "nlink", "uid",     "gid",   "rdev",
                                "size", "atime", "mtime", "ctime", "blksize", "blocks"};
  int64_t v[] = {int64_t(st.st_dev),   int64_t(st.st_ino),   int64_t(st.st_mode),
                 int64_t(st.st_nlink), int64_t(st.st_uid),   int64_t(st.st_gid),
                 int64_t(st.st_rdev),  int64_t(st.st_size),  int64_t(st.st_atime),
                 int64_t(st.st_mtime), int64_t(st.st_ctime), int64_t(st.st_blksize),
                 int64_t(st.st_blocks)};
  Array* a = Array::make();
  for (int64_t x : v) a->append(Value::integer(x));
  for (int i = 0; i < 13; ++i) a->set(Key::string(intern(names[i])), Value::integer(v[i]));
  return a;
}

WEFT_PHP_NATIVE(f_fstat) {
  if (!check_arity(vm, "fstat", argc, 1, 1)) return false;
  STREAM_ARG(s, "fstat", 0)
  struct stat st {};
  if (s->kind == Stream::Kind::Memory) {
    // what php reports for its memory streams
    st.st_dev = 12;
    st.st_mode = 0100666;
    st.st_nlink = 1;
    st.st_rdev = dev_t(-1);
    st.st_size = off_t(s->mem.size());
    st.st_blksize = blksize_t(-1);
    st.st_blocks = blkcnt_t(-1);
  } else if (s->kind != Stream::Kind::Fd || ::fstat(s->fd, &st) != 0) {
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::arr(stat_array(st));
  return true;
}

WEFT_PHP_NATIVE(f_stream_get_contents) {
  if (!check_arity(vm, "stream_get_contents", argc, 1, 3)) return false;
  STREAM_ARG(s, "stream_get_contents", 0)
  int64_t len = argc > 1 && !arg_at(args, argc, 1).is_null() ? to_int(arg_at(args, argc, 1)) : -1;
  int64_t off = argc > 2 ? to_int(arg_at(args, argc, 2)) : -1;
  if (off >= 0 && !s->seek(off, SEEK_SET)) {
    vm.warning("stream_get_contents(): Failed to seek to position " + std::to_string(off) +
               " in the stream");
    *ret = Value::boolean(false);
    return true;
  }
  *ret = str_value(s->read(vm, "stream_get_contents", len < 0 ? SIZE_MAX : size_t(len)));
  return true;
}

WEFT_PHP_NATIVE(f_fpassthru) {
  if (!check_arity(vm, "fpassthru", argc, 1, 1)) return false;
  STREAM_ARG(s, "fpassthru", 0)
  std::string data = s->read(vm, "fpassthru", SIZE_MAX);
  vm.echo(data);
  *ret = Value::integer(int64_t(data.size()));
  return true;
}

WEFT_PHP_NATIVE(f_stream_get_meta_data) {
  if (!check_arity(vm, "stream_get_meta_data", argc, 1, 1)) return false;
  STREAM_ARG(s, "stream_get_meta_data", 0)
  Array* a = Array::make();
  auto put = [&](const char* k, const Value& v) { a->set(Key::string(intern(k)), v); };
  put("timed_out", Value::boolean(false));
  put("blocked", Value::boolean(true));
  put("eof", Value::boolean(s->at_eof()));
  put("wrapper_type", Value::str(intern(s->wrapper)));
  put("stream_type", Value::str(intern(s->stream_type)));
  put("mode", str_value(s->mode));
  put("unread_bytes", Value::integer(0));
  put("seekable", Value::boolean(s->seekable));
  put("uri", str_value(s->uri));
  *ret = Value::arr(a);
  return true;
}

WEFT_PHP_NATIVE(f_file_get_contents) {
  if (!check_arity(vm, "file_get_contents", argc, 1, 5)) return false;
  STR_ARG(path, "file_get_contents", 0)
  if (path->len == 0) return vm.throw_error("ValueError", "Path cannot be empty");
  int64_t off = argc > 3 ? to_int(arg_at(args, argc, 3)) : 0;
  std::string data;
  if (!read_path(vm, "file_get_contents", path->view(), &data)) {
    *ret = Value::boolean(false);
    return true;
  }
  if (off < 0) off += int64_t(data.size());
  if (off > int64_t(data.size()) || off < 0) {
    vm.warning("file_get_contents(): Failed to seek to position " + std::to_string(off) +
               " in the stream");
    *ret = Value::boolean(false);
    return true;
  }
  std::string_view d = std::string_view(data).substr(size_t(off));
  if (argc > 4 && !arg_at(args, argc, 4).is_null()) {
    int64_t len = to_int(arg_at(args, argc, 4));
    if (len < 0)
      return vm.throw_error(
          "ValueError",
          "file_get_contents(): Argument #5 ($length) must be greater than or equal to 0");
    d = d.substr(0, size_t(len));
  }
  *ret = str_value(d);
  return true;
}

WEFT_PHP_NATIVE(f_file_put_contents) {
  if (!check_arity(vm, "file_put_contents", argc, 2, 4)) return false;
  STR_ARG(path, "file_put_contents", 0)
  const Value& dv = arg_at(args, argc, 1);
  std::string data;
  if (Stream* in = stream_of(dv)) {
    data = in->read(vm, "file_put_contents", SIZE_MAX);
  } else if (dv.tag == Tag::Arr) {
    for (uint32_t i = dv.a->first(); i < dv.a->used(); i = dv.a->next(i)) {
      String* s;
      if (!vm.to_string(dv.a->buckets()[i].v, &s)) return false;
      data.append(s->view());
    }
  } else {
    String* s;
    if (!vm.to_string(dv, &s)) return false;
    data = std::string(s->view());
  }
  int64_t n =
      write_path(vm, "file_put_contents", path->view(), data, to_int(arg_at(args, argc, 2)) & 8);
  *ret = n < 0 ? Value::boolean(false) : Value::integer(n);
  return true;
}

WEFT_PHP_NATIVE(f_file) {
  if (!check_arity(vm, "file", argc, 1, 3)) return false;
  STR_ARG(path, "file", 0)
  if (path->len == 0) return vm.throw_error("ValueError", "Path cannot be empty");
  int64_t flags = to_int(arg_at(args, argc, 1));
  if (flags < 0 || flags > 31)
    return vm.throw_error("ValueError", "file(): Argument #2 ($flags) must be a valid flag value");
  std::string data;
  if (!read_path(vm, "file", path->view(), &data)) {
    *ret = Value::boolean(false);
    return true;
  }
  bool strip = flags & 2, skip_empty = flags & 4;
  Array* a = Array::make();
  size_t p = 0;
  while (p < data.size()) {
    size_t nl = data.find('\n', p);
    size_t end = nl == std::string::npos ? data.size() : nl + 1;
    std::string_view line = std::string_view(data).substr(p, end - p);
    p = end;
    if (strip) {
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (skip_empty && line.empty()) continue;
    }
    a->append(str_value(line));
  }
  *ret = Value::arr(a);
  return true;
}

WEFT_PHP_NATIVE(f_readfile) {
  if (!check_arity(vm, "readfile", argc, 1, 3)) return false;
  STR_ARG(path, "readfile", 0)
  std::string data;
  if (!read_path(vm, "readfile", path->view(), &data)) {
    *ret = Value::boolean(false);
    return true;
  }
  vm.echo(data);
  *ret = Value::integer(int64_t(data.size()));
  return true;
}

WEFT_PHP_NATIVE(f_is_resource) {
  if (!check_arity(vm, "is_resource", argc, 1, 1)) return false;
  const Value& v = arg_at(args, argc, 0);
  *ret = Value::boolean(v.tag == Tag::Res && !resource_closed(v));
  return true;
}

static bool resource_arg(VM& vm, const char* fn, Value* args, uint32_t argc) {
  if (!check_arity(vm, fn, argc, 1, 1)) return false;
  const Value& v = arg_at(args, argc, 0);
  if (v.tag == Tag::Res) return true;
  return vm.throw_error("TypeError", std::string(fn) +
                                         "(): Argument #1 ($resource) must be of type resource, " +
                                         zend_type_name(v) + " given");
}

WEFT_PHP_NATIVE(f_get_resource_type) {
  if (!resource_arg(vm, "get_resource_type", args, argc)) return false;
  *ret = Value::str(intern(resource_type(args[0])));
  return true;
}

WEFT_PHP_NATIVE(f_get_resource_id) {
  if (!resource_arg(vm, "get_resource_id", args, argc)) return false;
  *ret = Value::integer(arg_at(args, argc, 0).i);
  return true;
}

// CSV as php writes it: a field is enclosed when it holds the delimiter, the enclosure, the
// escape character or white space; enclosures inside are doubled unless escaped.
static std::string csv_line(VM& vm, Array* fields, char sep, char encl, int esc,
                            std::string_view eol, bool* ok) {
  std::string out;
  bool first = true;
  for (uint32_t i = fields->first(); i < fields->used(); i = fields->next(i)) {
    if (!first) out += sep;
    first = false;
    String* fs;
    if (!vm.to_string(fields->buckets()[i].v, &fs)) {
      *ok = false;
      return out;
    }
    std::string_view f = fs->view();
    bool quote = false;
    for (char c : f)
      if (c == sep || c == encl || (esc >= 0 && c == char(esc)) || c == '\n' || c == '\r' ||
          c == '\t' || c == ' ')
        quote = true;
    if (!quote) {
      out.append(f);
      continue;
    }
    out += encl;
    bool escaped = false;
    for (char c : f) {
      if (esc >= 0 && c == char(esc))
        escaped = true;
      else if (!escaped && c == encl)
        out += encl;
      else
        escaped = false;
      out += c;
    }
    out += encl;
  }
  out.append(eol);
  *ok = true;
  return out;
}

// One CSV character argument (sep/enclosure/escape); escape may be "" (no escape: -1).
static bool csv_char(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t i,
                     const char* name, char dflt, int* out, bool may_be_empty) {
  *out = (unsigned char)dflt;
  if (i >= argc || arg_at(args, argc, i).is_null()) return true;
  STR_ARG(s, fn, i)
  if (s->len == 0 && may_be_empty) {
    *out = -1;
    return true;
  }
  if (s->len != 1)
    return vm.throw_error("ValueError", std::string(fn) + "(): Argument #" + std::to_string(i + 1) +
                                            " ($" + name + ") must be a single character");
  *out = (unsigned char)s->data()[0];
  return true;
}

WEFT_PHP_NATIVE(f_fputcsv) {
  if (!check_arity(vm, "fputcsv", argc, 2, 6)) return false;
  STREAM_ARG(s, "fputcsv", 0)
  const Value& fields = arg_at(args, argc, 1);
  if (fields.tag != Tag::Arr)
    return vm.throw_error("TypeError", "fputcsv(): Argument #2 ($fields) must be of type array, " +
                                           zend_type_name(fields) + " given");
  int sep, encl, esc;
  if (!csv_char(vm, "fputcsv", args, argc, 2, "separator", ',', &sep, false) ||
      !csv_char(vm, "fputcsv", args, argc, 3, "enclosure", '"', &encl, false) ||
      !csv_char(vm, "fputcsv", args, argc, 4, "escape", '\\', &esc, true))
    return false;
  std::string eol = "\n";
  if (argc > 5) {
    STR_ARG(e, "fputcsv", 5)
    eol = std::string(e->view());
  }
  bool ok;
  std::string line = csv_line(vm, fields.a, char(sep), char(encl), esc, eol, &ok);
  if (!ok) return false;
  int64_t n = s->write(vm, "fputcsv", line);
  *ret = n < 0 ? Value::boolean(false) : Value::integer(n);
  return true;
}

// php's CSV reader over text that `more` can extend by a line (a quoted field spanning lines).
template <class More>
static Array* parse_csv(std::string text, char sep, char encl, int esc, More more) {
  Array* out = Array::make();
  auto trim_eol = [](std::string_view s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  };
  if (trim_eol(text).empty()) {
    out->append(Value::null());
    return out;
  }
  size_t p = 0;
  for (;;) {
    std::string field;
    // white space before an enclosure is skipped
    size_t q = p;
    while (q < text.size() && text[q] != sep && (text[q] == ' ' || text[q] == '\t')) ++q;
    if (q < text.size() && text[q] == encl) {
      p = q + 1;
      for (;;) {
        if (p >= text.size()) {
          std::string next;
          if (!more(&next)) break;  // unterminated: the rest is the field
          text += next;
          continue;
        }
        char c = text[p];
        if (esc >= 0 && c == char(esc) && char(esc) != encl && p + 1 < text.size()) {
          field += c;
          field += text[p + 1];
          p += 2;
        } else if (c == encl) {
          if (p + 1 < text.size() && text[p + 1] == encl) {
            field += encl;
            p += 2;
          } else {
            ++p;
            break;
          }
        } else {
          field += c;
          ++p;
        }
      }
      // after the closing enclosure, up to the separator is kept as it is
      std::string_view rest = trim_eol(std::string_view(text).substr(std::min(p, text.size())));
      size_t e = rest.find(sep);
      field.append(rest.substr(0, e));
      p = e == std::string_view::npos ? text.size() : std::min(p, text.size()) + e;
    } else {
      std::string_view rest = trim_eol(std::string_view(text).substr(p));
      size_t e = rest.find(sep);
      field = std::string(rest.substr(0, e));
      p = e == std::string_view::npos ? text.size() : p + e;
    }
    out->append(str_value(field));
    if (p >= text.size() || text[p] != sep) break;
    ++p;
  }
  return out;
}

static bool csv_read_options(VM& vm, const char* fn, Value* args, uint32_t argc, uint32_t first,
                             int* sep, int* encl, int* esc) {
  return csv_char(vm, fn, args, argc, first, "separator", ',', sep, false) &&
         csv_char(vm, fn, args, argc, first + 1, "enclosure", '"', encl, false) &&
         csv_char(vm, fn, args, argc, first + 2, "escape", '\\', esc, true);
}

WEFT_PHP_NATIVE(f_fgetcsv) {
  if (!check_arity(vm, "fgetcsv", argc, 1, 5)) return false;
  STREAM_ARG(s, "fgetcsv", 0)
  int sep, encl, esc;
  if (!csv_read_options(vm, "fgetcsv", args, argc, 2, &sep, &encl, &esc)) return false;
  std::string line;
  if (!s->get_line(&line)) {
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::arr(parse_csv(line, char(sep), char(encl), esc,
                              [&](std::string* next) { return s->get_line(next); }));
  return true;
}

WEFT_PHP_NATIVE(f_str_getcsv) {
  if (!check_arity(vm, "str_getcsv", argc, 1, 4)) return false;
  STR_ARG(text, "str_getcsv", 0)
  int sep, encl, esc;
  if (!csv_read_options(vm, "str_getcsv", args, argc, 1, &sep, &encl, &esc)) return false;
  *ret = Value::arr(parse_csv(std::string(text->view()), char(sep), char(encl), esc,
                              [](std::string*) { return false; }));
  return true;
}

void register_file_builtins(VM& vm) {
  register_std_streams(vm);
  vm.register_native("fopen", f_fopen);
  vm.register_native("tmpfile", f_tmpfile);
  vm.register_native("fclose", f_fclose);
  vm.register_native("fgets", f_fgets);
  vm.register_native("fgetc", f_fgetc);
  vm.register_native("fread", f_fread);
  vm.register_native("fwrite", f_fwrite);
  vm.register_native("fputs", f_fwrite);
  vm.register_native("fprintf", f_fprintf);
  vm.register_native("vfprintf", f_vfprintf);
  vm.register_native("feof", f_feof);
  vm.register_native("fseek", f_fseek);
  vm.register_native("ftell", f_ftell);
  vm.register_native("rewind", f_rewind);
  vm.register_native("fflush", f_fflush);
  vm.register_native("flock", f_flock, 4);
  vm.register_native("ftruncate", f_ftruncate);
  vm.register_native("fstat", f_fstat);
  vm.register_native("stream_get_contents", f_stream_get_contents);
  vm.register_native("fpassthru", f_fpassthru);
  vm.register_native("stream_get_meta_data", f_stream_get_meta_data);
  vm.register_native("file_get_contents", f_file_get_contents);
  vm.register_native("file_put_contents", f_file_put_contents);
  vm.register_native("file", f_file);
  vm.register_native("readfile", f_readfile);
  vm.register_native("is_resource", f_is_resource);
  vm.register_native("get_resource_type", f_get_resource_type);
  vm.register_native("get_resource_id", f_get_resource_id);
  vm.register_native("fputcsv", f_fputcsv);
  vm.register_native("fgetcsv", f_fgetcsv);
  vm.register_native("str_getcsv", f_str_getcsv);
  define_int_constants(vm, {{"SEEK_SET", SEEK_SET},
                            {"SEEK_CUR", SEEK_CUR},
                            {"SEEK_END", SEEK_END},
                            {"LOCK_SH", 1},
                            {"LOCK_EX", 2},
                            {"LOCK_UN", 3},
                            {"LOCK_NB", 4},
                            {"FILE_USE_INCLUDE_PATH", 1},
                            {"FILE_IGNORE_NEW_LINES", 2},
                            {"FILE_SKIP_EMPTY_LINES", 4},
                            {"FILE_APPEND", 8},
                            {"FILE_NO_DEFAULT_CONTEXT", 16}});
}

}  // namespace weft::php
