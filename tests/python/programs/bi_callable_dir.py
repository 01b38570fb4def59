def f():
    pass
class C:
    def __call__(self):
        return "called"
    def method(self):
        pass
print(callable(f), callable(C), callable(C()), callable(C().method), callable(5), callable("s"), callable(print), callable(lambda: 0))
class D:
    pass
print(callable(D()), C()())
import math
names = dir(math)
print("sqrt" in names, "pi" in names, names == sorted(names))
class E:
    a = 1
    def b(self):
        pass
e = E()
e.c = 2
print([n for n in dir(e) if not n.startswith("__")], "__init__" in dir(e))
print(sorted(vars(e)), list(vars(E).keys())[:2] if False else "")
def g():
    local_a = 1
    local_b = 2
    return sorted(dir())
print(g())
print(type(globals()).__name__, "f" in globals(), "__name__" in globals())
def h(x):
    y = x + 1
    return locals()
print(h(1))
