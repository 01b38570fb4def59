// The file system: paths (basename, dirname, pathinfo, realpath), tests and metadata
// (file_exists, is_file, filesize, stat, ...), and changes (unlink, mkdir, rename, copy,
// touch, tempnam), directory listings (scandir, glob), the working directory.
#include <dirent.h>
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "builtins.h"
#include "streams.h"

namespace weft::php {

Array* stat_array(const struct stat& st);  // builtins_file.cpp

static Value str_value(std::string_view s) { return Value::str(new_string(s)); }

// php's zend_dirname for one level
static std::string dirname_of(std::string_view p) {
  if (p.empty()) return "";
  ptrdiff_t end = ptrdiff_t(p.size()) - 1;
  while (end >= 0 && p[size_t(end)] == '/') --end;
  if (end < 0) return "/";
  while (end >= 0 && p[size_t(end)] != '/') --end;
  if (end < 0) return ".";
  while (end >= 0 && p[size_t(end)] == '/') --end;
  if (end < 0) return "/";
  return std::string(p.substr(0, size_t(end) + 1));
}

static std::string basename_of(std::string_view p, std::string_view suffix = {}) {
  while (!p.empty() && p.back() == '/') p.remove_suffix(1);
  size_t slash = p.rfind('/');
  std::string_view b = slash == std::string_view::npos ? p : p.substr(slash + 1);
  if (!suffix.empty() && b.size() > suffix.size() && b.substr(b.size() - suffix.size()) == suffix)
    b.remove_suffix(suffix.size());
  return std::string(b);
}

WEFT_PHP_NATIVE(f_basename) {
  if (!check_arity(vm, "basename", argc, 1, 2)) return false;
  STR_ARG(p, "basename", 0)
  std::string_view suffix;
  if (argc > 1) {
    STR_ARG(s, "basename", 1)
    suffix = s->view();
  }
  *ret = str_value(basename_of(p->view(), suffix));
  return true;
}

WEFT_PHP_NATIVE(f_dirname) {
  if (!check_arity(vm, "dirname", argc, 1, 2)) return false;
  STR_ARG(p, "dirname", 0)
  int64_t levels = argc > 1 ? to_int(arg_at(args, argc, 1)) : 1;
  if (levels < 1)
    return vm.throw_error("ValueError",
                          "dirname(): Argument #2 ($levels) must be greater than or equal to 1");
  std::string d(p->view());
  for (int64_t i = 0; i < levels; ++i) {
    std::string up = dirname_of(d);
    if (up == d) break;
    d = up;
  }
  *ret = str_value(d);
  return true;
}

WEFT_PHP_NATIVE(f_pathinfo) {
  if (!check_arity(vm, "pathinfo", argc, 1, 2)) return false;
  STR_ARG(ps, "pathinfo", 0)
  int64_t opt = argc > 1 ? to_int(arg_at(args, argc, 1)) : 15;
  std::string_view p = ps->view();
  Array* a = Array::make();
  if (opt & 1) {
    std::string d = p.find('/') == std::string_view::npos ? "." : dirname_of(p);
    if (!p.empty()) a->set(Key::string(intern("dirname")), str_value(d));
  }
  std::string base = basename_of(p);
  if (opt & 2) a->set(Key::string(intern("basename")), str_value(base));
  size_t dot = base.rfind('.');
  if ((opt & 4) && dot != std::string::npos)
    a->set(Key::string(intern("extension")), str_value(base.substr(dot + 1)));
  if (opt & 8)
    a->set(Key::string(intern("filename")),
           str_value(dot == std::string::npos ? base : base.substr(0, dot)));
  if (opt == 15) {
    *ret = Value::arr(a);
  } else {
    // one element asked for: the string itself ("" when absent)
    *ret = a->count ? a->buckets()[a->first()].v : Value::str(intern(""));
  }
  return true;
}

WEFT_PHP_NATIVE(f_realpath) {
  if (!check_arity(vm, "realpath", argc, 1, 1)) return false;
  STR_ARG(p, "realpath", 0)
  char buf[PATH_MAX];
  std::string path(p->view());
  if (path.empty()) path = ".";
  *ret = ::realpath(path.c_str(), buf) ? str_value(buf) : Value::boolean(false);
  return true;
}

// The stat of argument 0 (a path); false if it does not exist.
static bool path_stat(VM& vm, const char* fn, Value* args, uint32_t argc, struct stat* st, bool* ok,
                      bool link = false) {
  if (!check_arity(vm, fn, argc, 1, 1)) return false;
  STR_ARG(p, fn, 0)
  std::string path(p->view());
  *ok = !path.empty() && (link ? ::lstat(path.c_str(), st) : ::stat(path.c_str(), st)) == 0;
  return true;
}

#define STAT_PRED(cname, fn, cond, link)                              \
  WEFT_PHP_NATIVE(cname) {                                            \
    struct stat st;                                                   \
    bool ok;                                                          \
    if (!path_stat(vm, fn, args, argc, &st, &ok, link)) return false; \
    *ret = Value::boolean(ok && (cond));                              \
    return true;                                                      \
  }
STAT_PRED(f_file_exists, "file_exists", true, false)
STAT_PRED(f_is_file, "is_file", S_ISREG(st.st_mode), false)
STAT_PRED(f_is_dir, "is_dir", S_ISDIR(st.st_mode), false)
STAT_PRED(f_is_link, "is_link", S_ISLNK(st.st_mode), true)

static bool access_pred(VM& vm, const char* fn, Value* args, uint32_t argc, int mode, Value* ret) {
  if (!check_arity(vm, fn, argc, 1, 1)) return false;
  STR_ARG(p, fn, 0)
  *ret = Value::boolean(p->len && ::access(std::string(p->view()).c_str(), mode) == 0);
  return true;
}
WEFT_PHP_NATIVE(f_is_readable) { return access_pred(vm, "is_readable", args, argc, R_OK, ret); }
WEFT_PHP_NATIVE(f_is_writable) { return access_pred(vm, "is_writable", args, argc, W_OK, ret); }
WEFT_PHP_NATIVE(f_is_executable) { return access_pred(vm, "is_executable", args, argc, X_OK, ret); }

// filesize, filemtime, ...: one field of stat(), or false with php's warning
static bool stat_field(VM& vm, const char* fn, Value* args, uint32_t argc, Value* ret,
                       int64_t (*field)(const struct stat&)) {
  struct stat st;
  bool ok;
  if (!path_stat(vm, fn, args, argc, &st, &ok)) return false;
  if (!ok) {
    vm.warning(std::string(fn) + "(): stat failed for " + to_std_string(args[0]));
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::integer(field(st));
  return true;
}
#define STAT_FIELD(cname, fn, expr)                                           \
  WEFT_PHP_NATIVE(cname) {                                                    \
    return stat_field(vm, fn, args, argc, ret,                                \
                      [](const struct stat& st) -> int64_t { return expr; }); \
  }
STAT_FIELD(f_filesize, "filesize", st.st_size)
STAT_FIELD(f_filemtime, "filemtime", st.st_mtime)
STAT_FIELD(f_fileatime, "fileatime", st.st_atime)
STAT_FIELD(f_filectime, "filectime", st.st_ctime)
STAT_FIELD(f_fileperms, "fileperms", st.st_mode)
STAT_FIELD(f_fileinode, "fileinode", st.st_ino)
STAT_FIELD(f_fileowner, "fileowner", st.st_uid)

static bool stat_impl(VM& vm, const char* fn, Value* args, uint32_t argc, Value* ret, bool link) {
  struct stat st;
  bool ok;
  if (!path_stat(vm, fn, args, argc, &st, &ok, link)) return false;
  if (!ok) {
    vm.warning(std::string(fn) + "(): " + (link ? "Lstat" : "stat") + " failed for " +
               to_std_string(args[0]));
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::arr(stat_array(st));
  return true;
}
WEFT_PHP_NATIVE(f_stat) { return stat_impl(vm, "stat", args, argc, ret, false); }
WEFT_PHP_NATIVE(f_lstat) { return stat_impl(vm, "lstat", args, argc, ret, true); }

WEFT_PHP_NATIVE(f_filetype) {
  struct stat st;
  bool ok;
  if (!path_stat(vm, "filetype", args, argc, &st, &ok, true)) return false;
  if (!ok) {
    vm.warning("filetype(): Lstat failed for " + to_std_string(args[0]));
    *ret = Value::boolean(false);
    return true;
  }
  const char* t = S_ISDIR(st.st_mode)    ? "dir"
                  : S_ISLNK(st.st_mode)  ? "link"
                  : S_ISFIFO(st.st_mode) ? "fifo"
                  : S_ISCHR(st.st_mode)  ? "char"
                  : S_ISBLK(st.st_mode)  ? "block"
                  : S_ISSOCK(st.st_mode) ? "socket"
                                         : "file";
  *ret = Value::str(intern(t));
  return true;
}

// A call that fails with php's "fn(path): strerror" warning (unlink, rmdir).
static bool path_call(VM& vm, const char* fn, Value* args, uint32_t argc, Value* ret,
                      int (*call)(const char*)) {
  if (!check_arity(vm, fn, argc, 1, 2)) return false;
  STR_ARG(p, fn, 0)
  std::string path(p->view());
  if (call(path.c_str()) != 0) {
    vm.warning(std::string(fn) + "(" + path + "): " + std::strerror(errno));
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::boolean(true);
  return true;
}
WEFT_PHP_NATIVE(f_unlink) {
  return path_call(vm, "unlink", args, argc, ret, [](const char* p) {
    struct stat st;
    if (::stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
      errno = EISDIR;
      return -1;
    }
    return ::unlink(p);
  });
}
WEFT_PHP_NATIVE(f_rmdir) { return path_call(vm, "rmdir", args, argc, ret, ::rmdir); }

WEFT_PHP_NATIVE(f_mkdir) {
  if (!check_arity(vm, "mkdir", argc, 1, 4)) return false;
  STR_ARG(p, "mkdir", 0)
  mode_t mode = argc > 1 ? mode_t(to_int(arg_at(args, argc, 1))) : 0777;
  bool recursive = to_bool(arg_at(args, argc, 2));
  std::string path(p->view());
  int r;
  if (recursive) {
    r = 0;
    for (size_t i = 1; i <= path.size() && r == 0; ++i) {
      if (i < path.size() && path[i] != '/') continue;
      std::string part = path.substr(0, i);
      struct stat st;
      if (::stat(part.c_str(), &st) == 0) {
        if (i == path.size()) {
          errno = EEXIST;
          r = -1;
        }
        continue;
      }
      r = ::mkdir(part.c_str(), mode);
    }
  } else {
    r = ::mkdir(path.c_str(), mode);
  }
  if (r != 0) {
    vm.warning(std::string("mkdir(): ") + std::strerror(errno));
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_rename) {
  if (!check_arity(vm, "rename", argc, 2, 3)) return false;
  STR_ARG(from, "rename", 0)
  STR_ARG(to, "rename", 1)
  std::string a(from->view()), b(to->view());
  if (::rename(a.c_str(), b.c_str()) != 0) {
    vm.warning("rename(" + a + "," + b + "): " + std::strerror(errno));
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_copy) {
  if (!check_arity(vm, "copy", argc, 2, 3)) return false;
  STR_ARG(from, "copy", 0)
  STR_ARG(to, "copy", 1)
  std::string data;
  bool ok = read_path(vm, "copy", from->view(), &data) &&
            write_path(vm, "copy", to->view(), data, false) == int64_t(data.size());
  *ret = Value::boolean(ok);
  return true;
}

WEFT_PHP_NATIVE(f_touch) {
  if (!check_arity(vm, "touch", argc, 1, 3)) return false;
  STR_ARG(p, "touch", 0)
  std::string path(p->view());
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) {
    vm.warning("touch(): Unable to create file " + path + " because " + std::strerror(errno));
    *ret = Value::boolean(false);
    return true;
  }
  ::close(fd);
  if (argc > 1 && !arg_at(args, argc, 1).is_null()) {
    int64_t mt = to_int(arg_at(args, argc, 1));
    int64_t at = argc > 2 && !arg_at(args, argc, 2).is_null() ? to_int(arg_at(args, argc, 2)) : mt;
    timeval tv[2] = {{time_t(at), 0}, {time_t(mt), 0}};
    ::utimes(path.c_str(), tv);
  } else {
    ::utimes(path.c_str(), nullptr);
  }
  *ret = Value::boolean(true);
  return true;
}

static std::string temp_dir() {
  const char* d = std::getenv("TMPDIR");
  if (d && *d) {
    std::string s(d);
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
  }
  return "/tmp";
}

WEFT_PHP_NATIVE(f_sys_get_temp_dir) {
  *ret = str_value(temp_dir());
  return true;
}

WEFT_PHP_NATIVE(f_tempnam) {
  if (!check_arity(vm, "tempnam", argc, 2, 2)) return false;
  STR_ARG(d, "tempnam", 0)
  STR_ARG(prefix, "tempnam", 1)
  std::string dir(d->view());
  struct stat st;
  if (dir.empty() || ::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    vm.notice("tempnam(): file created in the system's temporary directory");
    dir = temp_dir();
  }
  std::string t = dir + "/" + basename_of(prefix->view()).substr(0, 63) + "XXXXXX";
  int fd = ::mkstemp(t.data());
  if (fd < 0) {
    *ret = Value::boolean(false);
    return true;
  }
  ::close(fd);
  *ret = str_value(t);
  return true;
}

WEFT_PHP_NATIVE(f_getcwd) {
  char buf[PATH_MAX];
  *ret = ::getcwd(buf, sizeof buf) ? str_value(buf) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_chdir) {
  if (!check_arity(vm, "chdir", argc, 1, 1)) return false;
  STR_ARG(p, "chdir", 0)
  std::string path(p->view());
  if (::chdir(path.c_str()) != 0) {
    vm.warning("chdir(): " + std::string(std::strerror(errno)) + " (errno " +
               std::to_string(errno) + ")");
    *ret = Value::boolean(false);
    return true;
  }
  *ret = Value::boolean(true);
  return true;
}

WEFT_PHP_NATIVE(f_scandir) {
  if (!check_arity(vm, "scandir", argc, 1, 3)) return false;
  STR_ARG(p, "scandir", 0)
  if (p->len == 0)
    return vm.throw_error("ValueError", "scandir(): Argument #1 ($directory) cannot be empty");
  std::string path(p->view());
  DIR* d = ::opendir(path.c_str());
  if (!d) {
    int e = errno;
    vm.warning("scandir(" + path + "): Failed to open directory: " + std::strerror(e));
    vm.warning("scandir(): (errno " + std::to_string(e) + "): " + std::strerror(e));
    *ret = Value::boolean(false);
    return true;
  }
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d)) names.emplace_back(e->d_name);
  ::closedir(d);
  int64_t order = to_int(arg_at(args, argc, 1));
  if (order == 0) std::sort(names.begin(), names.end());
  if (order == 1) std::sort(names.rbegin(), names.rend());
  Array* a = Array::make();
  for (auto& n : names) a->append(str_value(n));
  *ret = Value::arr(a);
  return true;
}

WEFT_PHP_NATIVE(f_glob) {
  if (!check_arity(vm, "glob", argc, 1, 2)) return false;
  STR_ARG(p, "glob", 0)
  int flags = int(to_int(arg_at(args, argc, 1)));
  bool only_dir = flags & GLOB_ONLYDIR;
  glob_t g{};
  int r = ::glob(std::string(p->view()).c_str(), flags & ~GLOB_ONLYDIR, nullptr, &g);
  Array* a = Array::make();
  if (r == 0) {
    for (size_t i = 0; i < g.gl_pathc; ++i) {
      struct stat st;
      if (only_dir && !(::stat(g.gl_pathv[i], &st) == 0 && S_ISDIR(st.st_mode))) continue;
      a->append(str_value(g.gl_pathv[i]));
    }
  }
  ::globfree(&g);
  *ret = Value::arr(a);
  return true;
}

// Directory handles: streams of Kind::Dir; readdir/rewinddir/closedir without an argument
// use the last one opendir made, as php does.
static Value g_last_dir = Value::null();

WEFT_PHP_NATIVE(f_opendir) {
  if (!check_arity(vm, "opendir", argc, 1, 2)) return false;
  STR_ARG(p, "opendir", 0)
  std::string path(p->view());
  DIR* d = ::opendir(path.c_str());
  if (!d) {
    vm.warning("opendir(" + path + "): Failed to open directory: " + std::strerror(errno));
    *ret = Value::boolean(false);
    return true;
  }
  auto* s = new Stream;
  s->kind = Stream::Kind::Dir;
  s->dir = d;
  s->readable = false;
  s->writable = false;
  s->seekable = false;
  s->stream_type = "dir";
  s->uri = path;
  *ret = g_last_dir = new_stream_resource(s);
  return true;
}

// The directory stream of argument 0 (or the last opened); false with the exception.
static bool dir_arg(VM& vm, const char* fn, Value* args, uint32_t argc, Stream** out) {
  if (argc == 0 || arg_at(args, argc, 0).is_null()) {
    *out = stream_of(g_last_dir);
    if (*out) return true;
    return vm.throw_error("TypeError", std::string(fn) + "(): No resource supplied");
  }
  if (!stream_arg(vm, fn, args, argc, 0, out)) return false;
  if ((*out)->kind == Stream::Kind::Dir) return true;
  return vm.throw_error("TypeError", std::string(fn) +
                                         "(): Argument #1 ($dir_handle) must be a valid "
                                         "Directory resource");
}

WEFT_PHP_NATIVE(f_readdir) {
  Stream* s;
  if (!dir_arg(vm, "readdir", args, argc, &s)) return false;
  dirent* e = ::readdir(static_cast<DIR*>(s->dir));
  *ret = e ? str_value(e->d_name) : Value::boolean(false);
  return true;
}

WEFT_PHP_NATIVE(f_rewinddir) {
  Stream* s;
  if (!dir_arg(vm, "rewinddir", args, argc, &s)) return false;
  ::rewinddir(static_cast<DIR*>(s->dir));
  return true;
}

WEFT_PHP_NATIVE(f_closedir) {
  Stream* s;
  if (!dir_arg(vm, "closedir", args, argc, &s)) return false;
  close_resource(argc && !arg_at(args, argc, 0).is_null() ? args[0] : g_last_dir);
  return true;
}

WEFT_PHP_NATIVE(f_clearstatcache) { return true; }

void register_fs_builtins(VM& vm) {
  vm.register_native("basename", f_basename);
  vm.register_native("dirname", f_dirname);
  vm.register_native("pathinfo", f_pathinfo);
  vm.register_native("realpath", f_realpath);
  vm.register_native("file_exists", f_file_exists);
  vm.register_native("is_file", f_is_file);
  vm.register_native("is_dir", f_is_dir);
  vm.register_native("is_link", f_is_link);
  vm.register_native("is_readable", f_is_readable);
  vm.register_native("is_writable", f_is_writable);
  vm.register_native("is_writeable", f_is_writable);
  vm.register_native("is_executable", f_is_executable);
  vm.register_native("filesize", f_filesize);
  vm.register_native("filemtime", f_filemtime);
  vm.register_native("fileatime", f_fileatime);
  vm.register_native("filectime", f_filectime);
  vm.register_native("fileperms", f_fileperms);
  vm.register_native("fileinode", f_fileinode);
  vm.register_native("fileowner", f_fileowner);
  vm.register_native("filetype", f_filetype);
  vm.register_native("stat", f_stat);
  vm.register_native("lstat", f_lstat);
  vm.register_native("unlink", f_unlink);
  vm.register_native("rmdir", f_rmdir);
  vm.register_native("mkdir", f_mkdir);
  vm.register_native("rename", f_rename);
  vm.register_native("copy", f_copy);
  vm.register_native("touch", f_touch);
  vm.register_native("sys_get_temp_dir", f_sys_get_temp_dir);
  vm.register_native("tempnam", f_tempnam);
  vm.register_native("getcwd", f_getcwd);
  vm.register_native("chdir", f_chdir);
  vm.register_native("scandir", f_scandir);
  vm.register_native("glob", f_glob);
  vm.register_native("clearstatcache", f_clearstatcache);
  vm.register_native("opendir", f_opendir);
  vm.register_native("readdir", f_readdir);
  vm.register_native("rewinddir", f_rewinddir);
  vm.register_native("closedir", f_closedir);
  define_int_constants(vm, {{"PATHINFO_DIRNAME", 1},
                            {"PATHINFO_BASENAME", 2},
                            {"PATHINFO_EXTENSION", 4},
                            {"PATHINFO_FILENAME", 8},
                            {"SCANDIR_SORT_ASCENDING", 0},
                            {"SCANDIR_SORT_DESCENDING", 1},
                            {"SCANDIR_SORT_NONE", 2},
                            {"GLOB_MARK", GLOB_MARK},
                            {"GLOB_NOSORT", GLOB_NOSORT},
                            {"GLOB_NOCHECK", GLOB_NOCHECK},
                            {"GLOB_NOESCAPE", GLOB_NOESCAPE},
                            {"GLOB_ERR", GLOB_ERR},
                            {"GLOB_BRACE", GLOB_BRACE},
                            {"GLOB_ONLYDIR", GLOB_ONLYDIR}});
}

}  // namespace weft::php
