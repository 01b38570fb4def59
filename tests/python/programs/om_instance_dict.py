# Instance attributes kept by layout (maps) must behave like CPython's per-instance dicts:
# __dict__ is a live view in insertion order, vars(), deletion, __slots__, many attributes.


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = P(1, 2)
q = P(3, 4)
p.c = 5
print(vars(p), vars(q))
d = p.__dict__
d["e"] = 6
print(p.e, vars(p))
p.f = 7
print(d, d is p.__dict__)
del d["a"]
try:
    print(p.a)
except AttributeError as e:
    print("AttributeError:", e)
print(list(p.__dict__))
p.a = "again"
print(list(p.__dict__), p.a)

# the order of attributes is insertion order, also after deleting and re-adding
r = P(1, 2)
r.z = 0
del r.a
r.a = 9
print(vars(r))
print([n for n in dir(r) if not n.startswith("_")])

# same attributes in another order
s = P(1, 2)
t = P(1, 2)
s.x, s.y = 1, 2
t.y, t.x = 2, 1
print(vars(s), vars(t))

# replacing __dict__
u = P(1, 2)
u.__dict__ = {"k": 1}
print(vars(u), hasattr(u, "a"), u.k)
try:
    u.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)

# many attributes
many = P(0, 0)
for i in range(100):
    setattr(many, "attr%d" % i, i)
print(len(vars(many)), many.attr0, many.attr99, getattr(many, "attr5" + "0"))
for i in range(0, 100, 3):
    delattr(many, "attr%d" % i)
print(len(vars(many)), list(vars(many))[:5])

# attribute names built at run time are the same attributes
v = P(1, 2)
setattr(v, "".join(["a", "b", "c"]), "run-time name")
print(v.abc, getattr(v, "ab" + "c"), vars(v))
delattr(v, "a" + "bc")
print(hasattr(v, "abc"), vars(v))


# __slots__ classes: no __dict__, the declared names only
class S:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


s = S()
s.y = 2
print(s.x, s.y)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)
del s.y
try:
    s.y
except AttributeError as e:
    print("AttributeError:", e)


# a data descriptor on the class wins over a same-named entry in __dict__
class Desc:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        obj.__dict__["seen"] = value


class W:
    d = Desc()


w = W()
w.__dict__["d"] = "in dict"
print(w.d)
w.d = 5
print(w.d, vars(w))


# a non-data descriptor loses to the instance attribute
class ND:
    def __get__(self, obj, owner):
        return "nd"


class X:
    n = ND()


x = X()
print(x.n)
x.n = "own"
print(x.n)
del x.n
print(x.n)

# instances of subclasses with the same attribute names
class Q(P):
    pass


objs = [P(1, 2), Q(3, 4), P(5, 6), Q(7, 8)]
for _ in range(3):
    print([o.a + o.b for o in objs])
print([type(o).__name__ + str(vars(o)) for o in objs])

# object.__setattr__ / __delattr__ / __getattribute__ used directly
y = P(1, 2)
object.__setattr__(y, "m", "set")
print(object.__getattribute__(y, "m"), vars(y))
object.__delattr__(y, "m")
print(vars(y))
