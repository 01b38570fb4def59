# The with statement: __enter__/__exit__ order, exception info, suppression, nesting,
# return/break/continue through with, contextlib-like generator managers by hand.
class Tracker:
    log = []
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        Tracker.log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        Tracker.log.append("exit %s %s" % (self.name, et.__name__ if et else "-"))
        return self.suppress

with Tracker("a") as A, Tracker("b") as B:
    Tracker.log.append("body %s %s" % (A, B))
print(Tracker.log)
Tracker.log.clear()
with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise ValueError("boom")
print(Tracker.log)
Tracker.log.clear()
def returns():
    with Tracker("r"):
        return "value"
print(returns(), Tracker.log)
Tracker.log.clear()
for i in range(3):
    with Tracker(str(i)):
        if i == 0:
            continue
        if i == 2:
            break
print(Tracker.log)
class Bad:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
try:
    with Bad():
        print("never either")
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print(e)
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
with open(__file__) as fh:
    first = fh.readline()
print(first.strip(), fh.closed)
class Ctx:
    def __init__(self): self.entered = 0
    def __enter__(self):
        self.entered += 1
        return self
    def __exit__(self, *exc):
        return False
c = Ctx()
with c as x, c as y:
    print(x is y, c.entered)
with (Tracker("p1") as p1,
      Tracker("p2") as p2):
    print(p1, p2)
