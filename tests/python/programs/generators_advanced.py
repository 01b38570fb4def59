def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
def delegate():
    result = yield from accumulate()
    yield f"final {result}"
g = delegate()
print(next(g), g.send(5), g.send(10), g.send(None))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
gwf = gen_with_finally()
for v in gwf:
    print("got", v)
    break
gwf.close()
import gc
def counter(n):
    i = 0
    while i < n:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
c = counter(5)
print([next(c), next(c), c.send("reset"), next(c)])
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (True,))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
gen = (x * x for x in range(5))
print(gen.__next__(), list(gen), type(gen).__name__)
def exhausted():
    return
    yield
print(list(exhausted()), next(exhausted(), "nothing"))
def catch_throw():
    while True:
        try:
            yield
        except ValueError as e:
            print("handled", e)
ct = catch_throw()
next(ct)
ct.throw(ValueError("one"))
ct.throw(ValueError("two"))
ct.close()
print("done")
