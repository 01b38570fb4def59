# Instances of user subclasses of int, float, str, bytes and tuple have an attribute dict.


class Tagged(int):
    pass


class Meters(float):
    def __init__(self, v):
        self.unit = "m"


class Name(str):
    pass


class Blob(bytes):
    pass


class Point(tuple):
    def __new__(cls, x, y):
        self = super().__new__(cls, (x, y))
        self.label = f"P{x}{y}"
        return self


t = Tagged(5)
t.note = "five"
t.big = 10**30
print(t, t + 1, t.note, t.__dict__, vars(t), t.big)
m = Meters(2.5)
print(m, m * 2, m.unit, m.__dict__)
n = Name("héllo")
n.lang = "fr"
print(n, n.upper(), len(n), n.lang, n.__dict__)
b = Blob(b"abc")
b.kind = "raw"
print(b, b[0], b.kind, vars(b))
p = Point(1, 2)
print(p, p[0] + p[1], p.label, p.__dict__, len(p), p == (1, 2), hash(p) == hash((1, 2)))
del p.label
print(hasattr(p, "label"), p.__dict__)
try:
    del p.label
except AttributeError as e:
    print("AttributeError", e)
e = Point.__new__(Point, 0, 0)
print(e.label, tuple.__new__(Point, [7, 8]), tuple.__new__(Point, [7, 8]).__dict__)
try:
    tuple.__new__(Tagged)
except TypeError as e:
    print("TypeError", e)

# big values survive collections
keep = []
for i in range(2000):
    x = Tagged(i)
    x.payload = [i] * 3
    s = Name(str(i))
    s.payload = (i,)
    keep.append((x, s))
import gc
gc.collect()
print(sum(x.payload[2] for x, _ in keep), sum(s.payload[0] for _, s in keep))


class Empty(tuple):
    __slots__ = ()


try:
    Empty((1,)).z = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    Empty(()).__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
try:
    (5).x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    "s".x = 1
except AttributeError as e:
    print("AttributeError", e)
