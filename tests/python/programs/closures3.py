def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def memo(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapped.cache = cache
    return wrapped
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
x = 10
def reads_global():
    return x
def shadows():
    x = 20
    return reads_global()
print(shadows())
class Holder:
    val = 5
    def get(self):
        return val_outer()
def val_outer():
    return "module function"
print(Holder().get())
def cell_after_def():
    def g():
        return y
    y = 42
    return g()
print(cell_after_def())
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        yield total
    return add
print(list(gen_closure()(5)))
adders = {name: (lambda n: lambda v: v + n)(n) for name, n in [("one", 1), ("ten", 10)]}
print(adders["one"](1), adders["ten"](1))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
