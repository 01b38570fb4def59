import functools
calls = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append((fn.__name__, args, tuple(sorted(kwargs.items()))))
        return fn(*args, **kwargs)
    return wrapper
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        inner.__name__ = fn.__name__ + "_x%d" % n
        return inner
    return deco
@trace
def add(a, b=2):
    "adds"
    return a + b
@repeat(3)
@trace
def hello(who):
    return "hi " + who
print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__(10, 10))
print(hello("bob"), hello.__name__)
print(calls)
registry = {}
def register(key):
    def deco(cls):
        registry[key] = cls
        return cls
    return deco
@register("a")
class A:
    pass
@register("b")
class B(A):
    pass
print(sorted((k, v.__name__) for k, v in registry.items()))
class Counter:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
@Counter
def square(x):
    return x * x
print(square(3), square(4), square.count)
def method_deco(fn):
    def wrapper(self, *args):
        return "<" + str(fn(self, *args)) + ">"
    return wrapper
class K:
    @method_deco
    def show(self, v):
        return v * 2
    @staticmethod
    @trace
    def st(v):
        return v - 1
    @classmethod
    def cm(cls):
        return cls.__name__
    @property
    @method_deco
    def prop(self):
        return 42
print(K().show(21), K.st(5), K().cm(), K().prop)
# decorator expressions (3.9 relaxed grammar)
decos = [trace, lambda f: f]
@decos[1]
def ident():
    return "ident"
@(lambda f: lambda: f() + "!")
def shout():
    return "hey"
print(ident(), shout())
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)
