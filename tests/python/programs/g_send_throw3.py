def averager():
    total = count = 0
    avg = None
    while True:
        try:
            term = yield avg
        except GeneratorExit:
            print("averager closing at count", count)
            raise
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError), a.send(5))
a.close()
def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "recovered"
    yield "end"
g = gen()
print(next(g), g.throw(KeyError), next(g))
try:
    g.throw(IndexError("unhandled"))
except IndexError as e:
    print("escaped", e)
print(list(g))
def sub():
    received = yield "sub ready"
    while received != "stop":
        received = yield f"sub got {received}"
    return "sub finished"
def main():
    result = yield from sub()
    yield result
m = main()
print(next(m), m.send("a"), m.send("b"), m.send("stop"))
