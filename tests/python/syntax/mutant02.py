def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
def fibs():
g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    r = yield "ready"
    while True:
        r = yield f"got {r}"
e = echo()
print(next(e), e.send(1), e.send("x"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
def sub():
    yield 1
    return 10
def deleg():
        r = yield from sub()
    yield r
print(list(deleg()))
squares = (x * x for x in range(5))
print(sum(squares), list(squares))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for f in fibs():
    if f > 100:
        break
    out.append(f)
print(out)
def closing():
        yield 1
        yield 2
    finally:
        print("closed")
c = closing()
print(next(c))
c.close()
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(zip(count(10), "abc")), dict(enumerate("xy")))
def genexp_scope():
    k = 3
print(genexp_scope())
