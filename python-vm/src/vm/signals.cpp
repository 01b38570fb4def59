// Signals as CPython handles them: the C handler records the signal and sets g_signal_pending;
// the interpreter polls that flag at backward jumps and frame entry and then runs the Python
// handler on the VM's thread (SIGINT's default one raises KeyboardInterrupt there, so the
// exception has a traceback and can be caught). Blocking calls run the handlers when a signal
// interrupts them (the handler is installed without SA_RESTART, so the system call returns
// EINTR) and go on waiting unless a handler raised, as CPython does since PEP 475.
//
// The native module `_signal`: signal, getsignal, default_int_handler, raise_signal, alarm,
// pause, strsignal, valid_signals and the constants; lib/signal.py wraps them in the Signals and
// Handlers enums.
#include "signals.h"

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>

#include "finalizers.h"
#include "weft/gc/roots.h"

namespace weft::python {

volatile sig_atomic_t g_signal_pending = 0;

namespace {

volatile sig_atomic_t g_tripped[NSIG];
pthread_t g_vm_thread;
volatile sig_atomic_t g_have_vm_thread = 0;
int g_wakeup[2] = {-1, -1};
// The Python-level handler of each signal: a callable, SIG_DFL (0), SIG_IGN (1) or None (a
// handler not installed from Python). A tuple of NSIG items, a GC root.
Tuple* g_handlers = nullptr;
Value g_default_int_handler;

void on_signal(int sig) {
  int saved = errno;
  // A process-directed signal may land on another thread (main.cpp runs the VM on its own and
  // blocks SIGINT in its waiting thread, but a signal can come before that): it is passed on
  // to the VM's thread, so that a blocking call there returns EINTR, and recorded only there
  // (recording it here too could raise a second KeyboardInterrupt after the first was handled).
  if (g_have_vm_thread && !pthread_equal(pthread_self(), g_vm_thread)) {
    pthread_kill(g_vm_thread, sig);
    errno = saved;
    return;
  }
  g_tripped[sig] = 1;
  g_signal_pending = 1;
  if (g_wakeup[1] >= 0) {
    char c = static_cast<char>(sig);
    (void)!write(g_wakeup[1], &c, 1);
  }
  errno = saved;
}

bool install(int sig, void (*fn)(int)) {
  struct sigaction sa = {};
  sa.sa_handler = fn;
  sa.sa_flags = SA_ONSTACK;  // no SA_RESTART: blocking calls return EINTR
  sigemptyset(&sa.sa_mask);
  return sigaction(sig, &sa, nullptr) == 0;
}

Value handler_of_disposition(int sig) {
  struct sigaction old = {};
  if (sigaction(sig, nullptr, &old) != 0) return rt.None;
  if (old.sa_handler == SIG_DFL) return Value::small(0);
  if (old.sa_handler == SIG_IGN) return Value::small(1);
  return rt.None;
}

void ensure_handlers() {
  if (g_handlers) return;
  g_handlers = new_tuple(NSIG);
  for (int s = 0; s < NSIG; s++) g_handlers->items()[s] = s ? handler_of_disposition(s) : rt.None;
}

Value raise_errno(int e) {
  Value args[2] = {new_int(e), new_str(std::strerror(e))};
  Value exc = make_exception(rt.OSError, args, 2);
  return exc ? raise_value(exc) : exc;
}

bool signal_number(Value v, int* out) {
  int64_t n = 0;
  if (!is_int(v)) {
    raise_fmt(rt.TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  if (!int_to_int64(v, &n) || n < 1 || n >= NSIG) {
    raise(rt.ValueError, "signal number out of range");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

Value sg_default_int_handler(Value, Value*, int64_t, Tuple*) {
  return raise_value(rt.KeyboardInterrupt);
}

Value sg_signal(Value, Value* args, int64_t nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args("signal", args, nargs, kw, 2, {"signalnum", "handler"}, a)) return Value();
  int sig;
  if (!signal_number(a[0], &sig)) return Value();
  Value h = a[1];
  int64_t n = -1;
  if (is_int(h) && int_to_int64(h, &n) && (n == 0 || n == 1)) {
    h = Value::small(n);
  } else if (!is_callable(h)) {
    return raise(rt.TypeError,
                 "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  ensure_handlers();
  bool ok = n == 0   ? install(sig, SIG_DFL)
            : n == 1 ? install(sig, SIG_IGN)
                     : install(sig, on_signal);
  if (!ok) return raise_errno(errno);
  Value old = g_handlers->at(sig);
  g_handlers->items()[sig] = h;
  return old;
}

Value sg_getsignal(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "getsignal() takes exactly one argument (%d given)",
                     static_cast<int>(nargs));
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  ensure_handlers();
  return g_handlers->at(sig);
}

Value sg_raise_signal(Value, Value* args, int64_t nargs, Tuple*) {
  if (nargs != 1)
    return raise_fmt(rt.TypeError, "raise_signal() takes exactly one argument (%d given)",
                     static_cast<int>(nargs));
  int sig;
  if (!signal_number(args[0], &sig)) return Value();
  if (::raise(sig) != 0) return raise_errno(errno);
  if (check_signals() < 0) return Value();
  return rt.None;
}

Value sg_alarm(Value, Value* args, int64_t nargs, Tuple*) {
  int64_t s = 0;
  if (nargs != 1 || !is_int(args[0]) || !int_to_int64(args[0], &s))
    return raise(rt.TypeError, "alarm() takes exactly one integer argument");
  return new_int(alarm(static_cast<unsigned>(s)));
}

Value sg_pause(Value, Value*, int64_t, Tuple*) {
  flush_stdout();
  pause();
  if (check_signals() < 0) return Value();
  return rt.None;
}

Value sg_strsignal(Value, Value* args, int64_t nargs, Tuple*) {
  int sig;
  if (nargs != 1 || !signal_number(args[0], &sig))
    return rt.exc ? Value() : raise(rt.TypeError, "strsignal() takes exactly one argument");
  const char* s = strsignal(sig);
  return s ? new_str(s) : Value(rt.None);
}

Value sg_valid_signals(Value, Value*, int64_t, Tuple*) {
  Value set_type = dict_get_str(rt.builtins, intern("set"));
  List* l = new_list(0);
  for (int s = 1; s < NSIG; s++) {
    if (s == 32 || s == 33) continue;  // glibc keeps these for its threads
    if (!list_append(l, new_int(s))) return Value();
  }
  return call1(set_type, l);
}

}  // namespace

void init_signals() {
  g_vm_thread = pthread_self();
  g_have_vm_thread = 1;
  gc::add_root(reinterpret_cast<void* const*>(&g_handlers));
  gc::add_root(reinterpret_cast<void* const*>(&g_default_int_handler.raw));
  g_default_int_handler = new_builtin("default_int_handler", sg_default_int_handler);
  ensure_handlers();
  // python3 leaves an ignored SIGINT ignored (a background job of a non-interactive shell)
  if (g_handlers->at(SIGINT) == Value::small(0) && install(SIGINT, on_signal))
    g_handlers->items()[SIGINT] = g_default_int_handler;
}

int run_pending_signals() {
  if (!g_have_vm_thread || !pthread_equal(pthread_self(), g_vm_thread)) return 0;
  g_signal_pending = 0;
  // __del__ first, then the weak-reference callbacks: CPython's order when `del x` frees x
  if (g_finalizers_due) run_pending_finalizers();
  if (g_weakref_sweep_due && !finalizers_running()) run_weakref_callbacks();
  for (int s = 1; s < NSIG; s++) {
    if (!g_tripped[s]) continue;
    g_tripped[s] = 0;
    Value h = g_handlers ? g_handlers->at(s) : Value();
    if (!h || h.is_small() || h == Value(rt.None)) continue;
    Value r;
    if (h == g_default_int_handler) {
      r = raise_value(rt.KeyboardInterrupt);
    } else {
      // weft has no frame objects: the handler's frame argument is None
      r = call2(h, new_int(s), rt.None);
    }
    if (!r) {
      // the signals not handled yet wait for the next poll
      for (int t = s + 1; t < NSIG; t++)
        if (g_tripped[t]) g_signal_pending = 1;
      return -1;
    }
  }
  return 0;
}

int signal_wakeup_fd() {
  if (g_wakeup[0] < 0 && pipe2(g_wakeup, O_NONBLOCK | O_CLOEXEC) != 0)
    g_wakeup[0] = g_wakeup[1] = -1;
  return g_wakeup[0];
}

void drain_signal_wakeup_fd() {
  char buf[64];
  while (g_wakeup[0] >= 0 && read(g_wakeup[0], buf, sizeof buf) > 0) {
  }
}

int getc_stdin() {
  for (;;) {
    int c = std::getc(stdin);
    if (c != EOF || !std::ferror(stdin) || errno != EINTR) return c;
    std::clearerr(stdin);
    if (check_signals() < 0) return kStdinRaised;
  }
}

int read_stdin_line(std::string& out) {
  out.clear();
  if (check_signals() < 0) return -1;
  for (;;) {
    int c = getc_stdin();
    if (c == kStdinRaised) return -1;
    if (c == EOF) return out.empty() ? 0 : 1;
    out += static_cast<char>(c);
    if (c == '\n') return 1;
  }
}

bool sleep_interruptible(double seconds) {
  if (check_signals() < 0) return false;
  if (!(seconds > 0)) return true;
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(seconds);
  deadline.tv_sec += static_cast<time_t>(whole);
  deadline.tv_nsec += static_cast<long>((seconds - whole) * 1e9);
  if (deadline.tv_nsec >= 1000000000L) {
    deadline.tv_sec++;
    deadline.tv_nsec -= 1000000000L;
  }
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
    if (check_signals() < 0) return false;
  }
  return true;
}

void exit_by_sigint() {
  flush_stdout();
  std::fflush(nullptr);
  signal(SIGINT, SIG_DFL);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  ::raise(SIGINT);
  std::_Exit(128 + SIGINT);
}

PyModule* make_signal_module() {
  PyModule* m = alloc<PyModule>(rt.module_type);
  m->name = intern("_signal");
  m->dict = new_dict();
  dict_set_str(m->dict, rt.s___name__, m->name.get());
  struct {
    const char* name;
    NativeFn fn;
  } fns[] = {{"signal", sg_signal},
             {"getsignal", sg_getsignal},
             {"raise_signal", sg_raise_signal},
             {"alarm", sg_alarm},
             {"pause", sg_pause},
             {"strsignal", sg_strsignal},
             {"valid_signals", sg_valid_signals}};
  for (auto& f : fns) dict_set_str(m->dict, intern(f.name), new_builtin(f.name, f.fn, m));
  dict_set_str(m->dict, intern("default_int_handler"), g_default_int_handler);
  struct {
    const char* name;
    int value;
  } consts[] = {
      {"SIG_DFL", 0},
      {"SIG_IGN", 1},
      {"NSIG", NSIG},
      {"SIG_BLOCK", SIG_BLOCK},
      {"SIG_UNBLOCK", SIG_UNBLOCK},
      {"SIG_SETMASK", SIG_SETMASK},
      {"SIGHUP", SIGHUP},
      {"SIGINT", SIGINT},
      {"SIGQUIT", SIGQUIT},
      {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP},
      {"SIGABRT", SIGABRT},
      {"SIGIOT", SIGIOT},
      {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE},
      {"SIGKILL", SIGKILL},
      {"SIGUSR1", SIGUSR1},
      {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2},
      {"SIGPIPE", SIGPIPE},
      {"SIGALRM", SIGALRM},
      {"SIGTERM", SIGTERM},
      {"SIGSTKFLT", SIGSTKFLT},
      {"SIGCHLD", SIGCHLD},
      {"SIGCLD", SIGCHLD},
      {"SIGCONT", SIGCONT},
      {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP},
      {"SIGTTIN", SIGTTIN},
      {"SIGTTOU", SIGTTOU},
      {"SIGURG", SIGURG},
      {"SIGXCPU", SIGXCPU},
      {"SIGXFSZ", SIGXFSZ},
      {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF},
      {"SIGWINCH", SIGWINCH},
      {"SIGIO", SIGIO},
      {"SIGPOLL", SIGPOLL},
      {"SIGPWR", SIGPWR},
      {"SIGSYS", SIGSYS},
      {"SIGRTMIN", SIGRTMIN},
      {"SIGRTMAX", SIGRTMAX},
  };
  for (auto& c : consts) dict_set_str(m->dict, intern(c.name), new_int(c.value));
  return m;
}

}  // namespace weft::python
