def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except ValueError as e:
                received.append("caught " + str(e))
                yield "after throw"
    finally:
        print("closing with", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("boom")), next(g))
g.close()
print(g.gi_frame is None if hasattr(g, "gi_frame") else True)
def sub():
    x = yield 1
    y = yield x * 2
    return x + y
def delegator():
    r = yield from sub()
    yield "sub returned %d" % r
    yield from range(2)
d = delegator()
print(next(d), d.send(10), d.send(5), next(d), next(d), list(d))
def stopper():
    yield 1
    return "done"
s = stopper()
next(s)
try:
    next(s)
except StopIteration as e:
    print("StopIteration value:", e.value)
def gen_exc():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ge = gen_exc()
next(ge)
ge.close()
def inf():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(inf(), 5)), sum(x for x in range(10) if x % 2))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", (x * x for x in range(3)))))
genexp = (x * 2 for x in range(3))
print(next(genexp), list(genexp), list(genexp))
def thrower():
    yield 1
    yield 2
t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
print(list(t))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(12)])
def send_before_start():
    yield 1
try:
    send_before_start().send(5)
except TypeError as e:
    print(e)
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
def yf_throw():
    try:
        yield from sub()
    except ZeroDivisionError:
        yield "handled in delegator"
yt = yf_throw()
next(yt)
print(yt.throw(ZeroDivisionError))
print(type(fib()).__name__, iter(f) is f)
