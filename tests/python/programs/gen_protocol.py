# Generators: send, throw, close, yield from (return values, delegation of send/throw), finally.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append("caught %s" % e)
    finally:
        print("echo finally", received)
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("v")), g.send(None))
g.close()
print(g.gi_frame is None if hasattr(g, "gi_frame") else True)
try:
    next(g)
except StopIteration:
    print("stopped after close")
def sub():
    x = yield 1
    y = yield x * 10
    return x + y
def outer():
    r = yield from sub()
    print("sub returned", r)
    yield r
    return "done"
o = outer()
print(next(o), o.send(2), o.send(3))
try:
    next(o)
except StopIteration as e:
    print("StopIteration value:", e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled"
    yield "after"
def delegator():
    yield from thrower()
d = delegator()
print(next(d), d.throw(KeyError("k")), next(d))
def unclosable():
    try:
        yield 1
    except GeneratorExit:
        yield 2
u = unclosable()
next(u)
try:
    u.close()
except RuntimeError as e:
    print(e)
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)], list(zip(range(3), infinite())))
def raising():
    yield 1
    raise StopIteration("inner")
try:
    list(raising())
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(x * y for x in range(3) for y in range(3) if x != y))
g2 = (i for i in range(3))
print(next(g2), list(g2), list(g2))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def yf_iter():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from "ab"
print(list(yf_iter()))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gw = gen_with_finally()
print(next(gw))
gw.close()
print("closed explicitly")
def g_state():
    yield
gs = g_state()
print(type(gs).__name__, gs.__name__, hasattr(gs, "send"), iter(gs) is gs)
try:
    gs.send(5)
except TypeError as e:
    print(e)
def running():
    yield ge.send(None)
ge = running()
try:
    next(ge)
except ValueError as e:
    print(e)
