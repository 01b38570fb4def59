# __slots__: member descriptors, the restriction of attributes, CPython's error messages.


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


class C:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


c = C()
print(C.x, type(C.x).__name__, C.x.__name__, C.x.__objclass__.__name__, repr(C.__dict__["y"]))
print(C.__slots__, "__dict__" in C.__dict__, "__weakref__" in C.__dict__)
attempt(lambda: c.y)
attempt(lambda: c.z)
attempt(lambda: setattr(c, "z", 1))
attempt(lambda: c.__dict__)
attempt(lambda: vars(c))
attempt(lambda: delattr(c, "y"))
attempt(lambda: C.x.__get__(1))
attempt(lambda: C.x.__set__(1, 2))
attempt(lambda: C.x.__get__(c, C))
attempt(lambda: C.x.__set__(c, 5))
attempt(lambda: c.x)
attempt(lambda: C.x.__delete__(c))
attempt(lambda: C.x.__get__(c))
attempt(lambda: C.x.__get__(None, C) is C.x)
attempt(lambda: setattr(C.x, "foo", 1))
attempt(lambda: hasattr(c, "x"))
attempt(lambda: getattr(c, "x", "default"))
c.y = [1, 2]
del c.y
attempt(lambda: c.y)
attempt(lambda: delattr(c, "z"))


class D:
    x = 1
    __slots__ = ("y",)


d = D()
attempt(lambda: setattr(d, "x", 3))
attempt(lambda: setattr(d, "q", 3))
attempt(lambda: delattr(d, "x"))
attempt(lambda: delattr(d, "q"))
attempt(lambda: d.x)

# the forms of __slots__
for s in ["a", ("a", "b"), ["a"], {"a": "doc", "b": None}, iter(["a"]), "1", (1,), 5,
          ("__dict__", "__dict__"), ("__weakref__", "__weakref__"), ("a", "__dict__")]:
    try:
        class F:
            __slots__ = s
        f = F()
        f.a = 10
        print(sorted(k for k in F.__dict__ if not k.startswith("__")), f.a, hasattr(f, "__dict__"))
    except Exception as e:
        print(type(e).__name__, e)

try:
    class E:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print("ValueError", e)


class P:
    __slots__ = "__private"

    def set(self, v):
        self.__private = v

    def get(self):
        return self.__private


p = P()
p.set(7)
print(p.get(), sorted(k for k in P.__dict__ if "priv" in k), P._P__private)


class G:
    __slots__ = ("a", "__dict__")


g = G()
g.a = 1
g.b = 2
print(g.a, g.b, g.__dict__, vars(g))
g.__dict__ = {"c": 3}
print(g.c, g.a, hasattr(g, "b"))


class H:
    __slots__ = ("__weakref__",)


attempt(lambda: setattr(H(), "z", 1))


class M:
    __slots__ = ("v",)

    def __getattr__(self, name):
        return "fallback " + name


m = M()
print(m.v, m.other)
m.v = 3
print(m.v)
