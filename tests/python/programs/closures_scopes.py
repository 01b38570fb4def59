# Closures, nonlocal/global, late binding, default argument capture, class scopes, lambda.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
print(c(), c(), c(5), c.__closure__[0].cell_contents if c.__closure__ else None)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
g = 1
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    c = a + 1
    def m(self): return K.a
print(K.c, K().m())
x = 10
class Scope:
    x = 20
    def get(self): return x
print(Scope().get(), Scope.x)
def make_adders():
    return [lambda y, n=n: y + n for n in range(3)]
print([a(10) for a in make_adders()])
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return "%s(%s)" % (tag, fn(*a, **k))
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def text(s): return s
print(text("hi"), text.__name__)
def kwonly(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kwonly(1, c=3), kwonly(1, 2, 3, 4, c=5, e=6))
def posonly(a, b, /, c): return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    fact()
except TypeError as e:
    print(e)
try:
    fact(1, 2)
except TypeError as e:
    print(e)
try:
    kwonly(1, c=2, a=3)
except TypeError as e:
    print(e)
def star(*args, **kwargs): return args, kwargs
print(star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}), star())
def defaults(a, L=[]):
    L.append(a)
    return L
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, x=2), (lambda: None)(), (lambda x, y=3: x * y)(2))
def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total
print(gen_closure())
def annotated(a: int, b: "str" = "x") -> list: return [a, b]
print(annotated.__defaults__, annotated.__name__)
def walrus(data):
    if (n := len(data)) > 2:
        return n
    return [y for x in data if (y := x * 2) > 2]
print(walrus([1, 2]), walrus([1, 2, 3]))
print([(a, b) for a in range(3) for b in range(a)], {k: v for k, v in zip("ab", [1, 2])}, {c for c in "hello"})
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2])
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 10 for x in range(10)))
def scope_error():
    print(v)
    v = 1
try:
    scope_error()
except UnboundLocalError as e:
    print(e)
def free_error():
    def inner():
        return w
    try:
        return inner()
    finally:
        pass
    w = 1
try:
    free_error()
except NameError as e:
    print(e)
