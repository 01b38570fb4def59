// _weft_os: the POSIX calls under lib/os.py (which adds os.path, environ, makedirs, walk ...).
// Errors raise OSError subclasses chosen by errno, with errno/strerror/filename like CPython's.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime.h"

extern char** environ;

namespace weft::python {

// Raises the OSError subclass for errno `e` (CPython's OSError(errno, strerror, filename)).
Type* oserror_subclass(int e) {
  Type* t = rt.OSError;
  switch (e) {
    case ENOENT:
      t = rt.FileNotFoundError;
      break;
    case EEXIST:
      t = rt.FileExistsError;
      break;
    case EACCES:
    case EPERM:
      t = rt.PermissionError;
      break;
    case EISDIR:
      t = rt.IsADirectoryError;
      break;
    case ENOTDIR:
      t = rt.NotADirectoryError;
      break;
    case EINTR:
      t = rt.InterruptedError;
      break;
    case EPIPE:
      t = rt.BrokenPipeError;
      break;
    case ETIMEDOUT:
      t = rt.TimeoutError;
      break;
    default:
      break;
  }
  return t;
}

Value raise_os_error(int e, Value filename) {
  Type* t = oserror_subclass(e);
  Value args[3] = {new_int(e), new_str(std::strerror(e)), filename};
  Value exc = make_exception(t, args, filename ? 3 : 2);
  if (!exc) return exc;
  setattr(exc, intern("errno"), args[0]);
  setattr(exc, intern("strerror"), args[1]);
  setattr(exc, intern("filename"), filename ? filename : Value(rt.None));
  return raise_value(exc);
}

namespace {

Value os_error(int e, Value filename = Value()) { return raise_os_error(e, filename); }

bool path_arg(Value* args, int64_t nargs, int64_t i, std::string* out) {
  if (i >= nargs) {
    raise(rt.TypeError, "missing path argument");
    return false;
  }
  Value v = args[i];
  if (v.is_ptr() && v.obj()->type->layout == Layout::Instance) {
    // an os.PathLike (pathlib.Path, os.DirEntry) names what its __fspath__ returns (PEP 519)
    bool found = false;
    Value p = call_special(v, intern("__fspath__"), nullptr, 0, &found);
    if (found && !p) return false;
    // the error's filename is the path the object stands for, as CPython reports it
    if (found) v = args[i] = p;
  }
  if (!v.is_ptr() || (v.obj()->type != rt.str_type && v.obj()->type != rt.bytes_type &&
                      !is_subtype(v.obj()->type, rt.str_type))) {
    raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(v));
    return false;
  }
  *out = std::string(v.as<Str>()->view());
  return true;
}

Value o_getcwd(Value, Value*, int64_t, Tuple*) {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return os_error(errno);
  return new_str(buf);
}

Value o_chdir(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  if (chdir(p.c_str()) != 0) return os_error(errno, args[0]);
  return rt.None;
}

Value o_listdir(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p = ".";
  if (nargs >= 1 && !path_arg(args, nargs, 0, &p)) return Value();
  DIR* d = opendir(p.c_str());
  if (!d) return os_error(errno, nargs ? args[0] : Value(new_str(".")));
  List* out = new_list(0);
  while (dirent* e = readdir(d)) {
    std::string_view n = e->d_name;
    if (n == "." || n == "..") continue;
    list_append(out, new_str(n));
  }
  closedir(d);
  return out;
}

Value o_mkdir(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  int64_t mode = 0777;
  if (nargs >= 2 && !int_index(args[1], &mode)) return Value();
  if (mkdir(p.c_str(), static_cast<mode_t>(mode)) != 0) return os_error(errno, args[0]);
  return rt.None;
}

Value o_rmdir(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  if (rmdir(p.c_str()) != 0) return os_error(errno, args[0]);
  return rt.None;
}

Value o_unlink(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  if (unlink(p.c_str()) != 0) return os_error(errno, args[0]);
  return rt.None;
}

Value o_rename(Value, Value* args, int64_t nargs, Tuple*) {
  std::string a, b;
  if (!path_arg(args, nargs, 0, &a) || !path_arg(args, nargs, 1, &b)) return Value();
  if (std::rename(a.c_str(), b.c_str()) != 0) return os_error(errno, args[0]);
  return rt.None;
}

// (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as a tuple
Value stat_tuple(const struct stat& st) {
  Value items[10] = {new_int(st.st_mode),
                     new_int(static_cast<int64_t>(st.st_ino)),
                     new_int(static_cast<int64_t>(st.st_dev)),
                     new_int(static_cast<int64_t>(st.st_nlink)),
                     new_int(st.st_uid),
                     new_int(st.st_gid),
                     new_int(st.st_size),
                     new_float(static_cast<double>(st.st_atim.tv_sec) + st.st_atim.tv_nsec * 1e-9),
                     new_float(static_cast<double>(st.st_mtim.tv_sec) + st.st_mtim.tv_nsec * 1e-9),
                     new_float(static_cast<double>(st.st_ctim.tv_sec) + st.st_ctim.tv_nsec * 1e-9)};
  return tuple_from_array(items, 10);
}
Value do_stat(Value* args, int64_t nargs, bool follow) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  struct stat st;
  int r = follow ? stat(p.c_str(), &st) : lstat(p.c_str(), &st);
  if (r != 0) return os_error(errno, args[0]);
  return stat_tuple(st);
}
Value o_stat(Value, Value* args, int64_t nargs, Tuple*) { return do_stat(args, nargs, true); }
Value o_lstat(Value, Value* args, int64_t nargs, Tuple*) { return do_stat(args, nargs, false); }

Value o_getpid(Value, Value*, int64_t, Tuple*) { return new_int(getpid()); }

Value o_environ(Value, Value*, int64_t, Tuple*) {
  Dict* d = new_dict();
  if (!d) return Value();
  for (char** e = environ; e && *e; e++) {
    std::string_view kv = *e;
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos) continue;
    if (dict_set(d, new_str(kv.substr(0, eq)), new_str(kv.substr(eq + 1))) < 0) return Value();
  }
  return d;
}

Value o_putenv(Value, Value* args, int64_t nargs, Tuple*) {
  std::string k, v;
  if (!path_arg(args, nargs, 0, &k) || !path_arg(args, nargs, 1, &v)) return Value();
  setenv(k.c_str(), v.c_str(), 1);
  return rt.None;
}

Value o_unsetenv(Value, Value* args, int64_t nargs, Tuple*) {
  std::string k;
  if (!path_arg(args, nargs, 0, &k)) return Value();
  unsetenv(k.c_str());
  return rt.None;
}

Value o_strerror(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t e;
  if (nargs != 1 || !int_index(args[0], &e))
    return rt.exc ? Value() : raise(rt.TypeError, "strerror(code)");
  return new_str(std::strerror(static_cast<int>(e)));
}

Value o_isatty(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fd;
  if (nargs != 1 || !int_index(args[0], &fd))
    return rt.exc ? Value() : raise(rt.TypeError, "isatty(fd)");
  return isatty(static_cast<int>(fd)) ? rt.True : rt.False;
}

Value o_access(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  int64_t mode;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  if (nargs < 2 || !int_index(args[1], &mode))
    return rt.exc ? Value() : raise(rt.TypeError, "access(path, mode)");
  return access(p.c_str(), static_cast<int>(mode)) == 0 ? rt.True : rt.False;
}

Value o_urandom(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t n;
  if (nargs != 1 || !int_index(args[0], &n))
    return rt.exc ? Value() : raise(rt.TypeError, "urandom(n)");
  if (n < 0) return raise(rt.ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  FILE* f = std::fopen("/dev/urandom", "rb");
  if (!f || std::fread(buf.data(), 1, buf.size(), f) != buf.size()) {
    int e = errno;
    if (f) std::fclose(f);
    return os_error(e);
  }
  std::fclose(f);
  return new_bytes(buf);
}

Value o_exit(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t code = 0;
  if (nargs >= 1 && !int_index(args[0], &code)) return Value();
  flush_stdout();
  std::fflush(stderr);
  _exit(static_cast<int>(code));
}

// The file-descriptor calls tempfile, shutil and pathlib use (os.open, os.read ...).
bool int_args(Value* args, int64_t nargs, int64_t n, int64_t* out, const char* what) {
  if (nargs < n) {
    raise_fmt(rt.TypeError, "%s: missing arguments", what);
    return false;
  }
  for (int64_t i = 0; i < n; i++)
    if (!int_index(args[i], &out[i])) return false;
  return true;
}

Value o_open(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  int64_t fm[2] = {0, 0777};
  if (!path_arg(args, nargs, 0, &p) || !int_args(args + 1, nargs - 1, 1, fm, "open"))
    return Value();
  if (nargs >= 3 && !int_index(args[2], &fm[1])) return Value();
  int fd = open(p.c_str(), static_cast<int>(fm[0]) | O_CLOEXEC, static_cast<mode_t>(fm[1]));
  if (fd < 0) return os_error(errno, args[0]);
  return new_int(fd);
}

Value o_close(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fd;
  if (!int_args(args, nargs, 1, &fd, "close")) return Value();
  if (close(static_cast<int>(fd)) != 0) return os_error(errno);
  return rt.None;
}

Value o_read(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[2];
  if (!int_args(args, nargs, 2, a, "read")) return Value();
  if (a[1] < 0) return raise(rt.ValueError, "negative count");
  std::string buf(static_cast<size_t>(a[1]), '\0');
  ssize_t n = read(static_cast<int>(a[0]), buf.data(), buf.size());
  if (n < 0) return os_error(errno);
  buf.resize(static_cast<size_t>(n));
  return new_bytes(buf);
}

Value o_write(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fd;
  if (!int_args(args, nargs, 1, &fd, "write")) return Value();
  if (nargs != 2 || !args[1].is_ptr() || args[1].obj()->type != rt.bytes_type)
    return raise(rt.TypeError, "a bytes-like object is required");
  std::string_view data = args[1].as<Str>()->view();
  ssize_t n = write(static_cast<int>(fd), data.data(), data.size());
  if (n < 0) return os_error(errno);
  return new_int(n);
}

Value o_lseek(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[3];
  if (!int_args(args, nargs, 3, a, "lseek")) return Value();
  off_t r = lseek(static_cast<int>(a[0]), static_cast<off_t>(a[1]), static_cast<int>(a[2]));
  if (r < 0) return os_error(errno);
  return new_int(r);
}

Value o_fstat(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fd;
  if (!int_args(args, nargs, 1, &fd, "fstat")) return Value();
  struct stat st;
  if (fstat(static_cast<int>(fd), &st) != 0) return os_error(errno);
  return stat_tuple(st);
}

Value o_umask(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t m;
  if (!int_args(args, nargs, 1, &m, "umask")) return Value();
  return new_int(umask(static_cast<mode_t>(m)));
}

Value o_chmod(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  int64_t mode;
  if (!path_arg(args, nargs, 0, &p) || !int_args(args + 1, nargs - 1, 1, &mode, "chmod"))
    return Value();
  if (chmod(p.c_str(), static_cast<mode_t>(mode)) != 0) return os_error(errno, args[0]);
  return rt.None;
}

Value o_readlink(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  char buf[4096];
  ssize_t n = readlink(p.c_str(), buf, sizeof buf);
  if (n < 0) return os_error(errno, args[0]);
  return new_str(std::string_view(buf, static_cast<size_t>(n)));
}

Value o_symlink(Value, Value* args, int64_t nargs, Tuple*) {
  std::string a, b;
  if (!path_arg(args, nargs, 0, &a) || !path_arg(args, nargs, 1, &b)) return Value();
  if (symlink(a.c_str(), b.c_str()) != 0) return os_error(errno, args[1]);
  return rt.None;
}

// statvfs(path) -> the 10 fields of os.statvfs_result, then f_fsid (os.py makes the result)
Value o_statvfs(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (!path_arg(args, nargs, 0, &p)) return Value();
  struct statvfs st;
  if (statvfs(p.c_str(), &st) != 0) return os_error(errno, args[0]);
  Value items[11] = {
      new_int(static_cast<int64_t>(st.f_bsize)),  new_int(static_cast<int64_t>(st.f_frsize)),
      new_int(static_cast<int64_t>(st.f_blocks)), new_int(static_cast<int64_t>(st.f_bfree)),
      new_int(static_cast<int64_t>(st.f_bavail)), new_int(static_cast<int64_t>(st.f_files)),
      new_int(static_cast<int64_t>(st.f_ffree)),  new_int(static_cast<int64_t>(st.f_favail)),
      new_int(static_cast<int64_t>(st.f_flag)),   new_int(static_cast<int64_t>(st.f_namemax)),
      new_int(static_cast<int64_t>(st.f_fsid))};
  return tuple_from_array(items, 11);
}

// utime(path, atime_ns, mtime_ns, follow_symlinks); None times: now
Value o_utime(Value, Value* args, int64_t nargs, Tuple*) {
  std::string p;
  if (nargs != 4 || !path_arg(args, nargs, 0, &p))
    return rt.exc ? Value() : raise(rt.TypeError, "utime");
  struct timespec ts[2];
  for (int i = 0; i < 2; i++) {
    if (args[i + 1] == Value(rt.None)) {
      ts[i].tv_sec = 0;
      ts[i].tv_nsec = UTIME_NOW;
      continue;
    }
    mpz_t z, q, r;
    mpz_inits(z, q, r, nullptr);
    int_to_mpz(args[i + 1], z);
    mpz_fdiv_qr_ui(q, r, z, 1000000000ul);
    ts[i].tv_sec = static_cast<time_t>(mpz_get_si(q));
    ts[i].tv_nsec = static_cast<long>(mpz_get_ui(r));
    mpz_clears(z, q, r, nullptr);
  }
  int flags = truthy(args[3]) > 0 ? 0 : AT_SYMLINK_NOFOLLOW;
  if (utimensat(AT_FDCWD, p.c_str(), ts, flags) != 0) return os_error(errno, args[0]);
  return rt.None;
}

// ---- processes and descriptors (subprocess's calls) ----

// pipe(): both ends non-inheritable, as CPython's (PEP 446).
Value o_pipe(Value, Value*, int64_t, Tuple*) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return os_error(errno);
  Value items[2] = {new_int(fds[0]), new_int(fds[1])};
  return tuple_from_array(items, 2);
}

Value o_dup(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fd;
  if (!int_args(args, nargs, 1, &fd, "dup")) return Value();
  int r = fcntl(static_cast<int>(fd), F_DUPFD_CLOEXEC, 0);
  if (r < 0) return os_error(errno);
  return new_int(r);
}

// dup2(fd, fd2, inheritable=True)
Value o_dup2(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t fds[2];
  if (!int_args(args, nargs, 2, fds, "dup2")) return Value();
  int inheritable = nargs > 2 ? truthy(args[2]) : 1;
  if (inheritable < 0) return Value();
  int r = inheritable ? dup2(static_cast<int>(fds[0]), static_cast<int>(fds[1]))
                      : dup3(static_cast<int>(fds[0]), static_cast<int>(fds[1]), O_CLOEXEC);
  if (r < 0) return os_error(errno);
  return new_int(r);
}

// waitpid(pid, options) -> (pid, status), retried after a signal (PEP 475)
Value o_waitpid(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[2];
  if (!int_args(args, nargs, 2, a, "waitpid")) return Value();
  int status = 0;
  pid_t r;
  do {
    r = waitpid(static_cast<pid_t>(a[0]), &status, static_cast<int>(a[1]));
  } while (r < 0 && errno == EINTR);
  if (r < 0) return os_error(errno);
  Value items[2] = {new_int(r), new_int(status)};
  return tuple_from_array(items, 2);
}

Value o_kill(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[2];
  if (!int_args(args, nargs, 2, a, "kill")) return Value();
  if (kill(static_cast<pid_t>(a[0]), static_cast<int>(a[1])) != 0) return os_error(errno);
  return rt.None;
}

Value o_killpg(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[2];
  if (!int_args(args, nargs, 2, a, "killpg")) return Value();
  if (killpg(static_cast<pid_t>(a[0]), static_cast<int>(a[1])) != 0) return os_error(errno);
  return rt.None;
}

// _fd_flag(fd, which, value): which 0: FD_CLOEXEC (inheritable = not set), 1: O_NONBLOCK
// (blocking = not set); value None reads the flag, a bool sets it. Answers whether it is set.
Value o_fd_flag(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t a[2];
  if (!int_args(args, nargs, 2, a, "_fd_flag") || nargs < 3) return Value();
  int fd = static_cast<int>(a[0]);
  bool cloexec = a[1] == 0;
  int get = cloexec ? F_GETFD : F_GETFL, set = cloexec ? F_SETFD : F_SETFL;
  int bit = cloexec ? FD_CLOEXEC : O_NONBLOCK;
  int flags = fcntl(fd, get);
  if (flags < 0) return os_error(errno);
  if (args[2] != Value(rt.None)) {
    int on = truthy(args[2]);
    if (on < 0) return Value();
    int nf = on ? flags | bit : flags & ~bit;
    if (nf != flags && fcntl(fd, set, nf) < 0) return os_error(errno);
    flags = nf;
  }
  return (flags & bit) ? rt.True : rt.False;
}

// _wait_status(status) -> (WIFEXITED, WEXITSTATUS, WIFSIGNALED, WTERMSIG, WIFSTOPPED, WSTOPSIG,
// WIFCONTINUED, WCOREDUMP): the platform's macros, for os.py's functions of those names.
Value o_wait_status(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t s64;
  if (!int_args(args, nargs, 1, &s64, "wait status")) return Value();
  int s = static_cast<int>(s64);
  Value items[8] = {WIFEXITED(s) ? rt.True : rt.False,    new_int(WEXITSTATUS(s)),
                    WIFSIGNALED(s) ? rt.True : rt.False,  new_int(WTERMSIG(s)),
                    WIFSTOPPED(s) ? rt.True : rt.False,   new_int(WSTOPSIG(s)),
                    WIFCONTINUED(s) ? rt.True : rt.False, WCOREDUMP(s) ? rt.True : rt.False};
  return tuple_from_array(items, 8);
}

Value o_ids(Value, Value*, int64_t, Tuple*) {
  Value items[2] = {new_int(getuid()), new_int(getgid())};
  return tuple_from_array(items, 2);
}

// The O_* flags for os.py, this platform's values.
Value o_flags(Value, Value*, int64_t, Tuple*) {
  Dict* d = new_dict();
  if (!d) return Value();
  struct {
    const char* name;
    int v;
  } flags[] = {{"O_RDONLY", O_RDONLY},    {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},
               {"O_APPEND", O_APPEND},    {"O_CREAT", O_CREAT},         {"O_EXCL", O_EXCL},
               {"O_TRUNC", O_TRUNC},      {"O_NONBLOCK", O_NONBLOCK},   {"O_NOFOLLOW", O_NOFOLLOW},
               {"O_CLOEXEC", O_CLOEXEC},  {"O_DIRECTORY", O_DIRECTORY}, {"O_NOCTTY", O_NOCTTY},
               {"O_SYNC", O_SYNC},        {"WNOHANG", WNOHANG},         {"WUNTRACED", WUNTRACED},
               {"WCONTINUED", WCONTINUED}};
  for (auto& f : flags)
    if (dict_set_str(d, intern(f.name), new_int(f.v)) < 0) return Value();
  return d;
}

}  // namespace

PyModule* make_os_engine_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  if (!m) return nullptr;
  m->name = intern("_weft_os");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"getcwd", o_getcwd},     {"chdir", o_chdir},
             {"listdir", o_listdir},   {"mkdir", o_mkdir},
             {"rmdir", o_rmdir},       {"unlink", o_unlink},
             {"rename", o_rename},     {"stat", o_stat},
             {"lstat", o_lstat},       {"getpid", o_getpid},
             {"environ", o_environ},   {"putenv", o_putenv},
             {"unsetenv", o_unsetenv}, {"strerror", o_strerror},
             {"isatty", o_isatty},     {"access", o_access},
             {"urandom", o_urandom},   {"_exit", o_exit},
             {"open", o_open},         {"close", o_close},
             {"read", o_read},         {"write", o_write},
             {"lseek", o_lseek},       {"fstat", o_fstat},
             {"umask", o_umask},       {"chmod", o_chmod},
             {"readlink", o_readlink}, {"symlink", o_symlink},
             {"_ids", o_ids},          {"_flags", o_flags},
             {"statvfs", o_statvfs},   {"utime", o_utime},
             {"pipe", o_pipe},         {"dup", o_dup},
             {"dup2", o_dup2},         {"waitpid", o_waitpid},
             {"kill", o_kill},         {"killpg", o_killpg},
             {"_fd_flag", o_fd_flag},  {"_wait_status", o_wait_status}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  return m;
}

}  // namespace weft::python
