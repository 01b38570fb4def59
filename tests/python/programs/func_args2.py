def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, z=9))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
def errors():
    cases = [
        lambda: f(1, 2, 3),
        lambda: f(1, b=2, c=3, e=4),
        lambda: f(1, 2, 3, e=4, c=5),
        lambda: f(),
        lambda: (lambda x: x)(1, 2),
        lambda: (lambda *, k: k)(1),
        lambda: (lambda x, y=1: x)(y=2),
        lambda: (lambda: 0)(x=1),
        lambda: (lambda **kw: kw)(1),
    ]
    for c in cases:
        try:
            c()
        except TypeError as e:
            print("TypeError:", e)
errors()
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []), defaults.__defaults__)
def kwonly(*, a=1, b):
    return a, b
print(kwonly(b=2), kwonly.__kwdefaults__)
def varargs(*args, **kwargs):
    return args, kwargs
print(varargs(), varargs(1, *[2, 3], x=1, **{"y": 2}))
def pos_only(x, /):
    return x
try:
    pos_only(x=1)
except TypeError as e:
    print(e)
def kw_name_collision(a, **kw):
    return a, kw
print(kw_name_collision(1, b=2), kw_name_collision(**{"a": 3, "c": 4}))
try:
    kw_name_collision(1, **{"a": 2})
except TypeError as e:
    print(e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__name__, f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__module__)
def recurse(n):
    return 1 if n <= 1 else n * recurse(n - 1)
print(recurse(20), (lambda n: n and n + 0)(5))
