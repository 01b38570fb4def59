// `__del__`: finalizers of Python classes on weft's collector, with PyPy's semantics (weft is
// not reference counted): an instance's `__del__` runs after the collection that finds it
// unreachable, not when its last reference goes, and at most once (PEP 442: a finalizer may
// store `self` somewhere; the object then lives on and is not finalized again).
//
// Where CPython's refcounting gives points a program can rely on, weft matches them:
// `gc.collect()` runs the finalizers of everything it found unreachable before it returns, and
// at exit the objects still alive are finalized (after atexit's handlers) while the globals they
// may read are still there. The collector calls a native finalizer inside the allocator, which
// only queues the instance; the `__del__` methods run at the interpreter's next poll (signals.h)
// or in gc.collect(). An exception in `__del__` is reported as "Exception ignored in: ..." on
// stderr and goes no further. The weak-reference callbacks a collection makes due run after
// the `__del__` methods, the order CPython's refcounting gives (`del x`: `__del__`, then the
// callbacks).
//
// Only classes whose MRO defines `__del__` when an instance is made pay anything: their
// instances are a registered collector type (Type::has_del); so are the generators whose code
// has try/with blocks, which CPython closes when they are freed.
#pragma once

#include <csignal>

#include "runtime.h"

namespace weft::python {

// Set (with g_signal_pending) when instances with `__del__` wait in the queue.
extern volatile sig_atomic_t g_finalizers_due;

// Whether instances of the class t, whose `__del__` is `del`, need a finalizer: not when that is
// io's _IOBase.__del__ and closing one shows nothing (vm/io.cpp), as a StringIO's does not.
bool io_finalizer_needed(Type* t, Value del);

// A new instance of t (whose has_del is set) with room for `ninline` inline values; null with
// MemoryError pending when out of memory.
Instance* new_finalizable_instance(Type* t, uint32_t ninline);

// A new exception of type t: with `__del__` (has_del) one the collector finalizes.
struct Exception;
Exception* new_exception_object(Type* t);

// A new generator or coroutine of type t whose code has try/with blocks: closed (GeneratorExit
// at its yield, so its `finally` blocks run) when found unreachable or still alive at exit.
struct Generator;
Generator* new_finalizable_generator(Type* t);

// Runs the queued `__del__` methods (oldest object first). Never raises; the pending exception
// is kept.
void run_pending_finalizers();

// Whether `__del__` methods are running (weak-reference callbacks wait for them to finish).
bool finalizers_running();

// gc.collect(): a full collection, then the `__del__` methods and weak-reference callbacks it
// made due.
void collect_and_finalize();

// At the end of the program: before atexit's handlers, the finalizers of what is already
// unreachable; after them (`after_atexit`), those of every instance still alive, oldest first.
void finalize_at_exit(bool after_atexit);

// CPython's report of an exception nobody can catch (in `__del__`, a weak-reference callback),
// which clears the pending exception: sys.unraisablehook(UnraisableHookArgs) when a program
// replaced it, else "Exception ignored in: <repr of where>" and the traceback on stderr.
void report_unraisable(Value where);
// sys.unraisablehook's default (also sys.__unraisablehook__): that report from the hook's
// argument (exc_value, err_msg, object).
Value sys_unraisablehook(Value self, Value* args, int64_t nargs, Tuple* kw);

}  // namespace weft::python
