# weft-python's functools (a small subset, written for weft).


def reduce(function, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = function(acc, x)
    return acc


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        kw = dict(self.keywords)
        kw.update(keywords)
        return self.func(*self.args, *args, **kw)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + \
            ["%s=%r" % kv for kv in self.keywords.items()]
        name = "functools.partial" if type(self) is partial else type(self).__qualname__
        return "%s(%s)" % (name, ", ".join(parts))


WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__")


def update_wrapper(wrapper, wrapped):
    for attr in WRAPPER_ASSIGNMENTS:
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped)
    return decorator


_CacheInfo = None
_KWD_MARK = object()


def _cache_info_type():
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache with CPython's counters (cache_info) and eviction order: a
    dict keeps the entries in use order (a hit moves its entry to the end)."""
    if isinstance(maxsize, int) and maxsize < 0:
        maxsize = 0

    def decorating(func):
        cache = {}
        stats = [0, 0]  # hits, misses

        def wrapper(*args, **kw):
            key = args
            if kw:
                key = args + (_KWD_MARK,) + tuple(kw.items())
            if typed:
                key = key + tuple(type(a) for a in args) + tuple(type(v) for v in kw.values())
            if maxsize == 0:
                stats[1] += 1
                return func(*args, **kw)
            if key in cache:
                stats[0] += 1
                result = cache.pop(key)
                cache[key] = result
                return result
            stats[1] += 1
            result = func(*args, **kw)
            if key not in cache:
                if maxsize is not None and len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

        def cache_info():
            return _cache_info_type()(stats[0], stats[1], maxsize, len(cache))

        def cache_clear():
            cache.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, func)
    if callable(maxsize) and not isinstance(maxsize, bool):
        func, maxsize = maxsize, 128
        return decorating(func)
    return decorating


def cache(func):
    return lru_cache(None)(func)


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
    return K


def total_ordering(cls):
    d = cls.__dict__
    if "__lt__" in d:
        if "__gt__" not in d:
            cls.__gt__ = lambda self, other: other < self
        if "__le__" not in d:
            cls.__le__ = lambda self, other: not other < self
        if "__ge__" not in d:
            cls.__ge__ = lambda self, other: not self < other
    return cls


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname or self.func.__name__
        cache = instance.__dict__
        val = cache.get(name, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[name] = val
        return val


def singledispatch(func):
    registry = {object: func}

    def dispatch(cls):
        for c in cls.__mro__:
            if c in registry:
                return registry[c]
        return func

    def register(cls, method=None):
        if method is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, "__annotations__", {})
            f = cls
            for v in ann.values():
                registry[v] = f
                return f
            raise TypeError("Invalid first argument to `register()`")
        registry[cls] = method
        return method

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(func.__name__ + " requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class partialmethod:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return partial(self.func, obj, *self.args, **self.keywords)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func
