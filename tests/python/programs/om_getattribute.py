class Tracer:
    def __init__(self):
        self.log = []
        self.x = 1
    def __getattribute__(self, name):
        if name not in ("log", "__dict__", "__class__"):
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
t = Tracer()
t.x
t.x
try:
    t.missing
except AttributeError as e:
    print(e)
print(t.log)
class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
f = Fallback()
print(f.real, f.auto_hello, getattr(f, "auto_x", None), getattr(f, "other", "dflt"), hasattr(f, "zzz"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Thing:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from thing"
th = Thing()
p = Proxy(th)
p.b = 2
print(p.a, p.b, th.b, p.hello(), vars(th))
class Slotted:
    __slots__ = ("a",)
s = Slotted()
s.a = 5
print(s.a, getattr(s, "a"))
try:
    s.b = 1
except AttributeError as e:
    print(e)
