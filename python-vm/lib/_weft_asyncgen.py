# Async generators and async comprehensions for weft-python. The compiler turns the body of an
# `async def` that contains `yield` into a plain generator whose `yield v` yields
# _Yielded(v) and whose `await x` yields what x's iterator yields (futures for the event
# loop); calling the function gives an async_generator around that generator. asend/athrow/
# __anext__ return awaitables that run the generator until its next _Yielded (the awaitable's
# result) and pass everything else up to whoever awaits them. Written for weft.


class _Yielded:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def _wrap(value):
    return _Yielded(value)


class _Stop:
    pass


_STOP = _Stop()


def _step(ag, mode, arg):
    # a generator that the awaitable returned by asend/athrow/aclose delegates to
    gen = ag._gen
    if ag._running:
        raise RuntimeError("anext(): asynchronous generator is already running")
    ag._running = True
    try:
        try:
            if mode != "send":
                r = gen.throw(arg)
            else:
                r = gen.send(arg)
        except StopIteration:
            ag._done = True
            raise StopAsyncIteration from None
        except StopAsyncIteration as e:
            if mode == "throw" and e is arg:
                raise
            raise RuntimeError("async generator raised StopAsyncIteration") from e
        while True:
            if type(r) is _Yielded:
                if mode == "close":
                    raise RuntimeError("async generator ignored GeneratorExit")
                return r.value
            try:
                sent = yield r
            except BaseException as e:
                try:
                    r = gen.throw(e)
                except StopIteration:
                    ag._done = True
                    raise StopAsyncIteration from None
                continue
            try:
                r = gen.send(sent)
            except StopIteration:
                ag._done = True
                raise StopAsyncIteration from None
    except BaseException:
        ag._done = True
        raise
    finally:
        ag._running = False


class _Awaitable:
    __slots__ = ("_ag", "_mode", "_arg", "_used")

    def __init__(self, ag, mode, arg):
        self._ag, self._mode, self._arg, self._used = ag, mode, arg, False

    def __await__(self):
        if self._used:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        self._used = True
        ag = self._ag
        if ag._done:
            if self._mode == "close":
                return _finished(None)
            if self._mode == "throw":
                return _raise(self._arg)
            return _raise(StopAsyncIteration())
        if self._mode == "close":
            return _close(ag)
        if self._mode == "send" and not ag._started and self._arg is not None:
            return _raise(TypeError("can't send non-None value to a just-started async "
                                    "generator"))
        ag._started = True
        return _step(ag, self._mode, self._arg)


def _finished(value):
    return value
    yield


def _raise(exc):
    raise exc
    yield


def _close(ag):
    if not ag._started:
        ag._done = True
        return None
    try:
        yield from _step(ag, "close", GeneratorExit())
    except (GeneratorExit, StopAsyncIteration):
        return None
    raise RuntimeError("async generator ignored GeneratorExit")


class async_generator:
    __module__ = "builtins"

    def __init__(self, gen, name, qualname):
        self._gen = gen
        self._started = False
        self._running = False
        self._done = False
        self.__name__ = name
        self.__qualname__ = qualname

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Awaitable(self, "send", None)

    def asend(self, value):
        return _Awaitable(self, "send", value)

    def athrow(self, typ, val=None, tb=None):
        if val is None:
            exc = typ() if isinstance(typ, type) else typ
        else:
            exc = typ(val) if isinstance(typ, type) and not isinstance(val, typ) else val
        return _Awaitable(self, "throw", exc)

    def aclose(self):
        return _Awaitable(self, "close", None)

    @property
    def ag_running(self):
        return self._running

    def __repr__(self):
        return "<async_generator object %s at 0x%x>" % (self.__qualname__, id(self))


async_generator.__name__ = "async_generator"


def _function(f):
    # what an `async def` with `yield` evaluates to: calling it makes an async_generator
    def agen_function(*args, **kwargs):
        return async_generator(f(*args, **kwargs), f.__name__, f.__qualname__)
    agen_function.__name__ = f.__name__
    agen_function.__qualname__ = f.__qualname__
    agen_function.__doc__ = f.__doc__
    agen_function.__module__ = f.__module__
    agen_function.__wrapped__ = f
    return agen_function


def _aiter(obj):
    # the first iterable of an async comprehension
    t = type(obj)
    if not hasattr(t, "__aiter__"):
        raise TypeError("'async for' requires an object with __aiter__ method, got %s"
                        % t.__name__)
    return obj.__aiter__()


async def _anext_or_stop(it):
    # one step of an async comprehension: the next item, or _STOP at the end
    t = type(it)
    if not hasattr(t, "__anext__"):
        raise TypeError("'async for' received an object from __aiter__ that does not "
                        "implement __anext__: %s" % t.__name__)
    try:
        return await it.__anext__()
    except StopAsyncIteration:
        return _STOP


def aiter(obj):
    # builtins.aiter
    t = type(obj)
    if not hasattr(t, "__aiter__"):
        raise TypeError("'%s' object is not an async iterable" % t.__name__)
    it = t.__aiter__(obj)
    if not hasattr(type(it), "__anext__"):
        raise TypeError("aiter() returned not an async iterator of type '%s'"
                        % type(it).__name__)
    return it


_NO_DEFAULT = object()


async def _anext_default(it, default):
    try:
        return await type(it).__anext__(it)
    except StopAsyncIteration:
        return default


def anext(it, default=_NO_DEFAULT):
    # builtins.anext: the awaitable of the next item (or of `default` at the end)
    t = type(it)
    if not hasattr(t, "__anext__"):
        raise TypeError("'%s' object is not an async iterator" % t.__name__)
    if default is _NO_DEFAULT:
        return t.__anext__(it)
    return _anext_default(it, default)
