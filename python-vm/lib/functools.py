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


def lru_cache(maxsize=128, typed=False):
    def decorating(func):
        cache = {}

        def wrapper(*args, **kw):
            key = args if not kw else (args, tuple(sorted(kw.items())))
            if key in cache:
                return cache[key]
            result = func(*args, **kw)
            cache[key] = result
            return result
        wrapper.cache_clear = cache.clear
        return update_wrapper(wrapper, func)
    if callable(maxsize):
        return decorating(maxsize)
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
