# Attribute and method caches must see every change: each loop warms the instruction's cache,
# then the class, the instance or the globals change under it.


class A:
    kind = "class-a"

    def m(self):
        return "A.m"

    def __init__(self, x):
        self.x = x


def call_m(objs):
    return [o.m() for o in objs]


def read_kind(objs):
    return [o.kind for o in objs]


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


objs = [A(i) for i in range(3)]
for _ in range(3):
    print(call_m(objs), read_kind(objs), read_x(objs))

# monkey-patching a method after the cache warmed
A.m = lambda self: "patched"
print(call_m(objs))


def m2(self):
    return "m2 x=%d" % self.x


setattr(A, "m", m2)
print(call_m(objs))

# shadowing a method by an instance attribute (a callable stored on one instance)
objs[1].m = lambda: "instance attr"
print(call_m(objs))
del objs[1].m
print(call_m(objs))

# a class attribute shadowed by an instance attribute, then the class value changed
print(read_kind(objs))
objs[0].kind = "own"
print(read_kind(objs))
A.kind = "class-a2"
print(read_kind(objs))
del A.kind
try:
    print(read_kind(objs))
except AttributeError as e:
    print("AttributeError:", e)

# deleting an instance attribute
for _ in range(3):
    read_x(objs)
del objs[2].x
print(read_x(objs))
objs[2].x = "back"
print(read_x(objs))


# a class attribute turned into a property takes precedence over the instance attribute
class B:
    def __init__(self):
        self.v = 1


bs = [B(), B()]


def read_v(objs):
    return [o.v for o in objs]


for _ in range(3):
    print(read_v(bs))
B.v = property(lambda self: "property")
print(read_v(bs))
del B.v
print(read_v(bs))


# a setter added later intercepts stores that used to go to the instance
def store_v(objs, val):
    for o in objs:
        o.v = val


for i in range(3):
    store_v(bs, i)
print(read_v(bs))
log = []
B.v = property(lambda self: "got", lambda self, val: log.append(val))
store_v(bs, 42)
print(read_v(bs), log)
del B.v
print(read_v(bs), [vars(o) for o in bs])


# changes in a base class reach subclasses (version tags of subclasses)
class Base:
    def who(self):
        return "base"


class Mid(Base):
    pass


class Leaf(Mid):
    pass


leaves = [Leaf(), Mid(), Base()]


def whos(objs):
    return [o.who() for o in objs]


for _ in range(3):
    print(whos(leaves))
Base.who = lambda self: "base2"
print(whos(leaves))
Mid.who = lambda self: "mid"
print(whos(leaves))
del Mid.who
print(whos(leaves))


# __getattr__ / __getattribute__ added to a class after caches warmed
class C:
    def __init__(self):
        self.a = 1


cs = [C(), C()]


def read_ab(objs):
    out = []
    for o in objs:
        out.append(o.a)
        try:
            out.append(o.b)
        except AttributeError:
            out.append("no b")
    return out


for _ in range(3):
    print(read_ab(cs))
C.__getattr__ = lambda self, name: "getattr:" + name
print(read_ab(cs))
C.__getattribute__ = lambda self, name: "getattribute:" + name
print(read_ab(cs))
del C.__getattribute__
del C.__getattr__
print(read_ab(cs))


# globals and builtins replaced after LOAD_GLOBAL warmed
def use_globals():
    return (G, len("abc"))


G = 1
for _ in range(3):
    print(use_globals())
G = 2
print(use_globals())
import builtins

real_len = builtins.len
builtins.len = lambda s: "fake len"
print(use_globals())
builtins.len = real_len
print(use_globals())
G = "shadows"
len = lambda s: "global len"
print(use_globals())
del len
del G
try:
    use_globals()
except NameError as e:
    print("NameError:", e)
globals()["G"] = "via globals()"
print(use_globals())
