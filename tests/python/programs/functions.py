def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(*[1, 2, 3], **{"c": 4, "e": 5}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c(); c()
print(c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(6)
print(total)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
print((lambda *a: sum(a))(1, 2, 3), (lambda: 7)())
def defaults(a, l=[]):
    l.append(a)
    return l
defaults(1)
print(defaults(2))
def kwonly(*, a, b=5):
    return a * b
print(kwonly(a=2), kwonly(b=1, a=3))
print(f.__name__, fib.__qualname__, hello.__name__)
def rec(n):
    return 0 if n == 0 else 1 + rec(n - 1)
print(rec(500))
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda x: x * 2, range(4))))
if (n := len("walrus")) > 3:
    print("walrus", n)
def gen_squares(n):
    for i in range(n):
        yield i * i
print(list(gen_squares(5)), sum(gen_squares(4)))
