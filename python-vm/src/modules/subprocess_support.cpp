// The native halves of CPython's subprocess.py: `_posixsubprocess.fork_exec` (fork, set up the
// child's descriptors, directory and signals, exec, report a failure through the error pipe in
// the "Type:hex errno:message" form subprocess.py parses) and `select` (select() and the poll
// system call under lib/_weft_select.py's poll objects, which selectors.PollSelector uses).
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include "vm/runtime.h"

namespace weft::python {

Value raise_os_error(int e, Value filename);  // os_module.cpp

namespace {

// os.fsencode(v) for str, bytes and os.PathLike arguments; false with CPython's TypeError.
bool fs_bytes(Value v, std::string* out) {
  Type* t = type_of(v);
  if (t->layout == Layout::Str || t->layout == Layout::Bytes) {
    *out = std::string(v.as<Str>()->view());
    return true;
  }
  bool found = false;
  Value p = call_special(v, intern("__fspath__"), nullptr, 0, &found);
  if (found) {
    if (!p) return false;
    if (type_of(p)->layout == Layout::Str || type_of(p)->layout == Layout::Bytes) {
      *out = std::string(p.as<Str>()->view());
      return true;
    }
  }
  raise_fmt(rt.TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(v));
  return false;
}

bool fs_list(Value seq, std::vector<std::string>* out) {
  Value it = iter_of(seq);
  if (!it) return false;
  for (;;) {
    Value v = iter_next(it);
    if (!v) return !rt.exc;
    std::string s;
    if (!fs_bytes(v, &s)) return false;
    if (s.find('\0') != std::string::npos) {
      raise(rt.ValueError, "embedded null byte");
      return false;
    }
    out->push_back(std::move(s));
  }
}

std::vector<char*> c_array(std::vector<std::string>& v) {
  std::vector<char*> r;
  for (std::string& s : v) r.push_back(s.data());
  r.push_back(nullptr);
  return r;
}

bool int_of(Value v, int64_t* out) { return int_index(v, out).raw != 0; }

// The descriptors open now (listed before the fork: the child may not allocate).
std::vector<int> open_fds() {
  std::vector<int> fds;
  if (DIR* d = opendir("/proc/self/fd")) {
    int self = dirfd(d);
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
      int fd = std::atoi(e->d_name);
      if (fd != self) fds.push_back(fd);
    }
    closedir(d);
    return fds;
  }
  long max = sysconf(_SC_OPEN_MAX);
  if (max < 0 || max > 65536) max = 65536;
  for (int fd = 0; fd < max; fd++) fds.push_back(fd);
  return fds;
}

void set_cloexec(int fd, bool on) {
  int flags = fcntl(fd, F_GETFD);
  if (flags >= 0) fcntl(fd, F_SETFD, on ? flags | FD_CLOEXEC : flags & ~FD_CLOEXEC);
}

void write_all(int fd, const char* s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return;
    s += w;
    n -= static_cast<size_t>(w);
  }
}

// Reports errno `e` (or a SubprocessError message when e is 0) to the parent, then exits.
[[noreturn]] void child_fail(int errpipe, int e, const char* what) {
  if (e) {
    char hex[2 * sizeof(int) + 1];
    char* p = hex + sizeof(hex);
    for (unsigned u = static_cast<unsigned>(e); u; u /= 16) *--p = "0123456789abcdef"[u % 16];
    write_all(errpipe, "OSError:", 8);
    write_all(errpipe, p, static_cast<size_t>(hex + sizeof(hex) - p));
    write_all(errpipe, ":", 1);
    write_all(errpipe, what, std::strlen(what));
  } else {
    write_all(errpipe, "SubprocessError:0:", 18);
    write_all(errpipe, what, std::strlen(what));
  }
  _exit(255);
}

struct ChildSetup {
  std::vector<char*> argv, envp, exes;
  const char* cwd = nullptr;
  std::vector<int64_t> keep;
  std::vector<int> fds;  // open descriptors to close (close_fds), from open_fds()
  bool close_fds = false, restore_signals = false, setsid = false;
  int p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write;
  int64_t pgid = -1, umask = -1;
  bool has_gid = false, has_uid = false, has_groups = false;
  gid_t gid = 0;
  uid_t uid = 0;
  std::vector<gid_t> groups;
  Value preexec;
};

// After fork(), in the child: only async-signal-safe calls until exec (preexec_fn aside).
[[noreturn]] void run_child(ChildSetup& c) {
  int ep = c.errpipe_write;
  for (int64_t fd : c.keep)
    if (fd != ep) set_cloexec(static_cast<int>(fd), false);
  for (int fd : {c.p2cwrite, c.c2pread, c.errread, c.errpipe_read})
    if (fd != -1) close(fd);
  // a descriptor that is 0, 1 or 2 would be overwritten by an earlier dup2: move it first
  if (c.c2pwrite == 0) {
    c.c2pwrite = fcntl(c.c2pwrite, F_DUPFD_CLOEXEC, 3);
    if (c.c2pwrite < 0) child_fail(ep, errno, "");
  }
  while (c.errwrite == 0 || c.errwrite == 1) {
    c.errwrite = fcntl(c.errwrite, F_DUPFD_CLOEXEC, 3);
    if (c.errwrite < 0) child_fail(ep, errno, "");
  }
  int targets[3] = {c.p2cread, c.c2pwrite, c.errwrite};
  for (int i = 0; i < 3; i++) {
    if (targets[i] == i) {
      set_cloexec(i, false);  // dup2 onto itself would leave close-on-exec set
    } else if (targets[i] != -1 && dup2(targets[i], i) < 0) {
      child_fail(ep, errno, "");
    }
  }
  if (c.cwd && chdir(c.cwd) != 0) child_fail(ep, errno, "noexec");
  if (c.umask >= 0) ::umask(static_cast<mode_t>(c.umask));
  if (c.restore_signals) {
    signal(SIGPIPE, SIG_DFL);
    signal(SIGXFSZ, SIG_DFL);
  }
  if (c.setsid && setsid() < 0) child_fail(ep, errno, "");
  if (c.pgid >= 0 && setpgid(0, static_cast<pid_t>(c.pgid)) < 0) child_fail(ep, errno, "");
  if (c.has_groups && setgroups(c.groups.size(), c.groups.data()) < 0) child_fail(ep, errno, "");
  if (c.has_gid && setregid(c.gid, c.gid) < 0) child_fail(ep, errno, "");
  if (c.has_uid && setreuid(c.uid, c.uid) < 0) child_fail(ep, errno, "");
  if (c.preexec && c.preexec != Value(rt.None) && !call0(c.preexec))
    child_fail(ep, 0, "Exception occurred in preexec_fn.");
  if (c.close_fds) {
    for (int fd : c.fds)
      if (fd > 2 && fd != ep && !std::binary_search(c.keep.begin(), c.keep.end(), fd)) close(fd);
  }
  int first_error = 0;
  for (char* exe : c.exes) {
    if (!exe) break;
    if (c.envp.empty())
      execv(exe, c.argv.data());
    else
      execve(exe, c.argv.data(), c.envp.data());
    if (errno != ENOENT && errno != ENOTDIR && first_error == 0) first_error = errno;
  }
  child_fail(ep, first_error ? first_error : errno, "");
}

// fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
//           c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals,
//           call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn,
//           allow_vfork) -> pid
Value fork_exec(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("fork_exec", kw)) return Value();
  if (nargs != 23)
    return raise_fmt(rt.TypeError, "fork_exec() takes exactly 23 arguments (%lld given)",
                     static_cast<long long>(nargs));
  Value none = rt.None;
  std::vector<std::string> argv, exes, env;
  if (args[0] != none && !fs_list(args[0], &argv)) return Value();
  if (!fs_list(args[1], &exes)) return Value();
  int t = truthy(args[2]);
  if (t < 0) return Value();
  ChildSetup c;
  c.close_fds = t;
  Value keep_it = iter_of(args[3]);
  if (!keep_it) return keep_it;
  for (;;) {
    Value v = iter_next(keep_it);
    if (!v) {
      if (rt.exc) return v;
      break;
    }
    int64_t fd;
    if (!is_int(v) || !int_of(v, &fd) || fd < 0 || fd > INT32_MAX)
      return raise(rt.ValueError, "bad value(s) in fds_to_keep");
    c.keep.push_back(fd);
  }
  std::sort(c.keep.begin(), c.keep.end());
  std::string cwd;
  if (args[4] != none) {
    if (!fs_bytes(args[4], &cwd)) return Value();
    c.cwd = cwd.c_str();
  }
  bool has_env = args[5] != none;
  if (has_env && !fs_list(args[5], &env)) return Value();
  int64_t fds[8];
  for (int i = 0; i < 8; i++)
    if (!int_of(args[6 + i], &fds[i])) return Value();
  c.p2cread = static_cast<int>(fds[0]);
  c.p2cwrite = static_cast<int>(fds[1]);
  c.c2pread = static_cast<int>(fds[2]);
  c.c2pwrite = static_cast<int>(fds[3]);
  c.errread = static_cast<int>(fds[4]);
  c.errwrite = static_cast<int>(fds[5]);
  c.errpipe_read = static_cast<int>(fds[6]);
  c.errpipe_write = static_cast<int>(fds[7]);
  int rs = truthy(args[14]), ss = truthy(args[15]);
  if (rs < 0 || ss < 0) return Value();
  c.restore_signals = rs;
  c.setsid = ss;
  if (!int_of(args[16], &c.pgid)) return Value();
  int64_t id;
  if (args[17] != none) {
    if (!int_of(args[17], &id)) return Value();
    c.has_gid = true;
    c.gid = static_cast<gid_t>(id);
  }
  if (args[18] != none) {
    Value git = iter_of(args[18]);
    if (!git) return git;
    c.has_groups = true;
    while (Value g = iter_next(git)) {
      if (!int_of(g, &id)) return Value();
      c.groups.push_back(static_cast<gid_t>(id));
    }
    if (rt.exc) return Value();
  }
  if (args[19] != none) {
    if (!int_of(args[19], &id)) return Value();
    c.has_uid = true;
    c.uid = static_cast<uid_t>(id);
  }
  if (!int_of(args[20], &c.umask)) return Value();
  c.preexec = args[21];
  if (c.preexec != none && !is_callable(c.preexec))
    return raise(rt.TypeError, "preexec_fn must be callable");
  c.argv = c_array(argv);
  c.exes = c_array(exes);
  if (has_env) c.envp = c_array(env);
  if (c.close_fds) c.fds = open_fds();
  // stdio buffers are not flushed: exec drops the child's copy, so output buffered before the
  // call comes after the child's, as in CPython
  pid_t pid = fork();
  if (pid < 0) return raise_os_error(errno, Value());
  if (pid == 0) run_child(c);
  return new_int(pid);
}

// The descriptor of a select()/poll() argument: an int or an object's fileno().
bool fd_of(Value v, int* out) {
  Value f = v;
  if (!is_int(v)) {
    Value m = getattr_opt(v, intern("fileno"));
    if (!m) {
      if (!rt.exc) raise(rt.TypeError, "argument must be an int, or have a fileno() method.");
      return false;
    }
    f = call0(m);
    if (!f) return false;
    if (!is_int(f)) {
      raise(rt.TypeError, "fileno() returned a non-integer");
      return false;
    }
  }
  int64_t fd;
  if (!int_of(f, &fd)) return false;
  if (fd < 0) {
    raise_fmt(rt.ValueError, "file descriptor cannot be a negative integer (%lld)",
              static_cast<long long>(fd));
    return false;
  }
  *out = static_cast<int>(fd);
  return true;
}

// Seconds (None: for ever) as milliseconds for poll(2); -1 for ever.
bool timeout_ms(Value v, double scale, int* out) {
  if (!v || v == Value(rt.None)) {
    *out = -1;
    return true;
  }
  double d;
  if (is_int(v)) {
    bool overflow = false;
    d = int_to_double(v, &overflow);
  } else if (isinstance(v, rt.float_type)) {
    d = float_val(v);
  } else {
    raise(rt.TypeError, "timeout must be an integer or None");
    return false;
  }
  d *= scale;
  if (std::isnan(d)) {
    raise(rt.ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  *out = d < 0 ? -1 : d > INT32_MAX ? INT32_MAX : static_cast<int>(std::ceil(d));
  return true;
}

// select.select(rlist, wlist, xlist[, timeout]): over poll(2), which has no FD_SETSIZE limit.
Value select_select(Value, Value* args, int64_t nargs, Tuple* kw) {
  if (!no_kwargs("select", kw)) return Value();
  if (nargs < 3 || nargs > 4)
    return raise_fmt(rt.TypeError, "select expected %s 4 arguments, got %lld",
                     nargs < 3 ? "at least 3" : "at most", static_cast<long long>(nargs));
  int ms = -1;
  if (nargs == 4 && args[3] != Value(rt.None)) {
    if (!timeout_ms(args[3], 1000.0, &ms)) return Value();
    if (ms < 0) return raise(rt.ValueError, "timeout must be non-negative");
  }
  std::vector<pollfd> pfds;
  std::vector<Value> objs;
  short events[3] = {POLLIN, POLLOUT, POLLPRI};
  for (int k = 0; k < 3; k++) {
    List* l = sequence_to_list(args[k]);
    if (!l) return Value();
    for (int64_t i = 0; i < l->size; i++) {
      int fd;
      if (!fd_of(l->at(i), &fd)) return Value();
      pfds.push_back({fd, events[k], 0});
      objs.push_back(l->at(i));
    }
  }
  ValueRoots roots(objs.data(), objs.size());
  int n;
  do {
    n = poll(pfds.data(), pfds.size(), ms);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return raise_os_error(errno, Value());
  List* out[3];
  for (int k = 0; k < 3; k++)
    if (!(out[k] = new_list(0))) return Value();
  for (size_t i = 0; i < pfds.size(); i++) {
    short got = pfds[i].revents;
    int k = pfds[i].events == POLLIN ? 0 : pfds[i].events == POLLOUT ? 1 : 2;
    if (got & POLLNVAL) return raise_os_error(EBADF, Value());
    bool ready = k == 2 ? (got & POLLPRI) : (got & (pfds[i].events | POLLHUP | POLLERR));
    if (ready && !list_append(out[k], objs[i])) return Value();
  }
  Value items[3] = {out[0], out[1], out[2]};
  return tuple_from_array(items, 3);
}

// _poll(pairs, timeout_ms): poll(2) over [(fd, eventmask), ...] -> [(fd, revents), ...]
Value select_poll_wait(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 2) return raise(rt.TypeError, "_poll(pairs, timeout)");
  List* l = sequence_to_list(args[0]);
  if (!l) return Value();
  std::vector<pollfd> pfds;
  for (int64_t i = 0; i < l->size; i++) {
    Value* kv;
    int64_t n;
    Value keep = as_sequence(l->at(i), &kv, &n);
    int64_t fd, ev;
    if (!keep || n != 2 || !int_of(kv[0], &fd) || !int_of(kv[1], &ev)) return Value();
    pfds.push_back({static_cast<int>(fd), static_cast<short>(ev), 0});
  }
  int ms;
  if (!timeout_ms(args[1], 1.0, &ms)) return Value();
  int n;
  do {
    n = poll(pfds.data(), pfds.size(), ms);
  } while (n < 0 && errno == EINTR);
  if (n < 0) return raise_os_error(errno, Value());
  List* out = new_list(0);
  if (!out) return Value();
  for (const pollfd& p : pfds) {
    if (!p.revents) continue;
    Value pair[2] = {new_int(p.fd), new_int(p.revents)};
    Value t = tuple_from_array(pair, 2);
    if (!t || !list_append(out, t)) return Value();
  }
  return out;
}

}  // namespace

PyModule* make_posixsubprocess_module() {
  PyModule* m = new_native_module("_posixsubprocess");
  if (m) dict_set_str(m->dict, intern("fork_exec"), new_builtin("fork_exec", fork_exec, m));
  return m;
}

PyModule* make_select_module() {
  PyModule* m = new_native_module("select");
  if (!m) return nullptr;
  dict_set_str(m->dict, intern("select"), new_builtin("select", select_select, m));
  dict_set_str(m->dict, intern("_poll"), new_builtin("_poll", select_poll_wait, m));
  dict_set_str(m->dict, intern("error"), rt.OSError);
  struct {
    const char* name;
    int v;
  } consts[] = {{"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},       {"POLLOUT", POLLOUT},
                {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},       {"POLLNVAL", POLLNVAL},
                {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
                {"POLLWRBAND", POLLWRBAND}, {"PIPE_BUF", PIPE_BUF}};
  for (auto& c : consts) dict_set_str(m->dict, intern(c.name), new_int(c.v));
  return m;
}

}  // namespace weft::python
