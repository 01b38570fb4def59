# asyncio for weft-python: a small event loop (ready queue + timer heap, stepped clock) with
# futures, tasks, sleep, gather, wait_for, queues, events, locks and semaphores; enough for
# programs that use asyncio.run. Written for weft; not CPython's asyncio.
import heapq
import time as _time
from collections import deque

CancelledError = type("CancelledError", (BaseException,), {"__module__": "asyncio.exceptions"})
InvalidStateError = type("InvalidStateError", (Exception,), {"__module__": "asyncio.exceptions"})
QueueEmpty = type("QueueEmpty", (Exception,), {"__module__": "asyncio.queues"})
QueueFull = type("QueueFull", (Exception,), {"__module__": "asyncio.queues"})
TimeoutError = TimeoutError

_running_loop = None
_current_task = None


class Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        if not self._cancelled:
            self._callback(*self._args)


class AbstractEventLoop:
    pass


class EventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._seq = 0
        self._closed = False
        self._tasks = []
        self._now = _time.monotonic()

    def time(self):
        # the loop's clock advances only while it waits for the next timer, so callbacks see
        # the order an infinitely fast machine would (deterministic under any load)
        return self._now

    def call_soon(self, callback, *args):
        h = Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        h = Handle(callback, args)
        self._seq += 1
        heapq.heappush(self._timers, (when, self._seq, h))
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        if not self._ready and self._timers:
            delay = self._timers[0][0] - self._now
            if delay > 0:
                _time.sleep(delay)
                self._now = self._timers[0][0]
        now = self._now
        while self._timers and self._timers[0][0] <= now:
            self._ready.append(heapq.heappop(self._timers)[2])
        for _ in range(len(self._ready)):
            self._ready.popleft()._run()

    def run_until_complete(self, future):
        global _running_loop
        fut = ensure_future(future, loop=self)
        prev = _running_loop
        _running_loop = self
        try:
            while not fut.done():
                if not self._ready and not self._timers:
                    raise RuntimeError("Event loop stopped before Future completed.")
                self._run_once()
        finally:
            _running_loop = prev
        return fut.result()

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._callbacks = []

    def done(self):
        return self._state != "PENDING"

    def cancelled(self):
        return self._state == "CANCELLED"

    def result(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state == "PENDING":
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == "CANCELLED":
            raise CancelledError()
        if self._state == "PENDING":
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def _schedule_callbacks(self):
        cbs, self._callbacks = self._callbacks, []
        for cb in cbs:
            self._loop.call_soon(cb, self)

    def set_result(self, result):
        if self._state != "PENDING":
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = "FINISHED"
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != "PENDING":
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = "FINISHED"
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != "PENDING":
            return False
        self._state = "CANCELLED"
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [c for c in self._callbacks if c != fn]
        return n - len(self._callbacks)

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        Task._counter += 1
        self._coro = coro
        self._name = name if name is not None else "Task-%d" % Task._counter
        self._waiting = None
        self._must_cancel = False
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiting is not None and self._waiting.cancel():
            return True
        self._must_cancel = True
        return True

    def _step(self, exc=None, value=None):
        global _current_task
        if self.done():
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        prev = _current_task
        _current_task = self
        try:
            if exc is not None:
                r = self._coro.throw(exc)
            else:
                r = self._coro.send(value)
        except StopIteration as e:
            Future.set_result(self, e.value)
        except CancelledError:
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(r, Future):
                r._asyncio_future_blocking = False
                self._waiting = r
                r.add_done_callback(self._wakeup)
            elif r is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    "Task got bad yield: %r" % (r,)))
        finally:
            _current_task = prev

    def _wakeup(self, fut):
        self._waiting = None
        try:
            v = fut.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step(None, v)

    def __repr__(self):
        state = "pending" if not self.done() else ("cancelled" if self.cancelled() else "finished")
        return "<Task %s name=%r>" % (state, self._name)


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine" or hasattr(obj, "send") and hasattr(obj, "throw") \
        and hasattr(obj, "__await__")


def iscoroutinefunction(func):
    code = getattr(func, "__code__", None)
    return code is not None and bool(code.co_flags & 128)


def isfuture(obj):
    return isinstance(obj, Future)


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


_default_loop = None


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = EventLoop()
    return _default_loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = loop or get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = EventLoop()
    try:
        return loop.run_until_complete(main)
    finally:
        pending = [t for t in loop._tasks if not t.done()]
        for t in pending:
            t.cancel()
        if pending:
            try:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            except BaseException:
                pass
        loop.close()


class _Yield:
    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    fut = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, fut, result)
    try:
        return await fut
    finally:
        h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.done():
        fut.set_result(result)


def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    outer = loop.create_future()
    children = [ensure_future(a, loop=loop) for a in aws]
    if not children:
        outer.set_result([])
        return outer
    state = {"left": len(children)}

    def done(child):
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(CancelledError())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        state["left"] -= 1
        if state["left"] == 0:
            results = []
            for c in children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c.result())
            outer.set_result(results)

    for c in children:
        c.add_done_callback(done)
    return outer


async def wait_for(aw, timeout):
    fut = ensure_future(aw)
    if timeout is None:
        return await fut
    loop = get_running_loop()
    waiter = loop.create_future()
    h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, False)
    fut.add_done_callback(lambda f: _set_result_unless_cancelled(waiter, True))
    try:
        finished = await waiter
    finally:
        h.cancel()
    if not finished and not fut.done():
        fut.cancel()
        raise TimeoutError()
    return fut.result()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    fs = {ensure_future(f) for f in fs}
    loop = get_running_loop()
    waiter = loop.create_future()

    def check(_=None):
        done = [f for f in fs if f.done()]
        if waiter.done():
            return
        if (return_when == FIRST_COMPLETED and done) or len(done) == len(fs) or (
                return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f.exception() is not None for f in done)):
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(check)
    h = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None) if timeout else None
    check()
    await waiter
    if h:
        h.cancel()
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    fs = [ensure_future(f) for f in fs]
    loop = get_event_loop()
    q = deque()
    pending = {"n": len(fs)}
    waiters = deque()

    def on_done(f):
        q.append(f)
        while waiters and q:
            w = waiters.popleft()
            if not w.done():
                w.set_result(q.popleft())

    for f in fs:
        f.add_done_callback(on_done)

    async def next_done():
        if q:
            return q.popleft().result()
        w = loop.create_future()
        waiters.append(w)
        f = await w
        return f.result()

    for _ in range(len(fs)):
        yield next_done()


class Event:
    def __init__(self):
        self._value = False
        self._waiters = []

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for w in self._waiters:
                if not w.done():
                    w.set_result(True)
            self._waiters = []

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        return await fut


class Lock:
    def __init__(self):
        self._locked = False
        self._waiters = deque()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not self._waiters:
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        await fut
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            await fut
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        while self._waiters:
            w = self._waiters.popleft()
            if not w.done():
                w.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc):
        self.release()


BoundedSemaphore = Semaphore


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = deque()
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake(self, waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    async def put(self, item):
        while self.full():
            fut = get_running_loop().create_future()
            self._putters.append(fut)
            await fut
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.append(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        while self.empty():
            fut = get_running_loop().create_future()
            self._getters.append(fut)
            await fut
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.popleft()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.pop()
        self._wake(self._putters)
        return item


class PriorityQueue(Queue):
    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        heapq.heappush(self._items_list(), item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    def _items_list(self):
        if not isinstance(self._items, list):
            self._items = list(self._items)
        return self._items

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = heapq.heappop(self._items_list())
        self._wake(self._putters)
        return item
