# _thread for weft, which runs one thread: the module CPython's threading, functools, reprlib,
# tempfile ... import, behaving as CPython's _dummy_thread did (3.8's pure-Python _thread for
# builds without threads): locks never block, a contended blocking acquire returns False after
# its timeout instead of waiting for a thread that cannot exist, and no thread can be started.
import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0


def get_ident():
    return 1


def get_native_id():
    import os
    return os.getpid()


def start_new_thread(function, args, kwargs={}):
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def daemon_threads_allowed():
    return True


def _is_main_interpreter():
    return True


def _count():
    return 0


def stack_size(size=0):
    if size != 0:
        raise error("setting stack size not supported")
    return 0


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


class LockType:
    __slots__ = ("_locked",)

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if blocking and timeout > 0:
            _time.sleep(timeout)
        return False

    acquire_lock = acquire

    def __enter__(self):
        return self.acquire()

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s %s object at %#x>" % ("locked" if self._locked else "unlocked",
                                          "_thread.lock", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"
allocate_lock = allocate = LockType


def _set_sentinel():
    return LockType()


class RLock:
    __slots__ = ("_count",)

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def __enter__(self):
        return self.acquire()

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        c = self._count
        self._count = 0
        return (c, 1)

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", 1 if self._count else 0, self._count,
            id(self))


class _local:
    # one thread: a thread-local namespace is an ordinary one
    pass


_local.__module__ = "_thread"
_local.__name__ = _local.__qualname__ = "_local"
