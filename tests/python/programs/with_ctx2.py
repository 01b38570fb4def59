class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Res("a") as a, Res("b") as b:
    print("body", a.name, b.name)
with Res("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with Res("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
def early():
    with Res("ret"):
        return "returned"
print(early())
for i in range(2):
    with Res("loop%d" % i):
        if i == 0:
            continue
        break
class Managed:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("in")
        return self.log
    def __exit__(self, *exc):
        self.log.append("out")
m = Managed()
with m as log:
    log.append("work")
print(m.log)
with (Res("p1") as p1,
      Res("p2") as p2):
    print("parenthesized", p1.name, p2.name)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
