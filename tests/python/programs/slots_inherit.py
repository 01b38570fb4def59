# __slots__ with inheritance: a subclass without __slots__ gets a __dict__, slots of bases
# and subclasses combine, layout conflicts, super(), __class__ assignment, exceptions.


def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)


class Base:
    __slots__ = ("a",)


class Mid(Base):
    __slots__ = ("b",)


class Leaf(Mid):
    pass


class Slotted(Mid):
    __slots__ = ()


lf = Leaf()
lf.a, lf.b, lf.c = 1, 2, 3
print(lf.a, lf.b, lf.c, lf.__dict__, vars(lf))
s = Slotted()
s.a = 5
s.b = 6
print(s.a, s.b, Base.a.__get__(s), Mid.b.__get__(s))
attempt(lambda: setattr(s, "c", 1))
attempt(lambda: vars(s))
print(Base.a.__objclass__.__name__, Mid.b.__objclass__.__name__, Slotted.a is Base.a)


class Redo(Base):
    __slots__ = ("a",)


r = Redo()
r.a = 3
print(r.a, Redo.a is Base.a)
attempt(lambda: Base.a.__get__(r))


class A:
    __slots__ = ("x",)


class B:
    __slots__ = ("y",)


class Empty:
    __slots__ = ()


try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError", e)


class AE(Empty, A):
    __slots__ = ("z",)


ae = AE()
ae.x, ae.z = 1, 2
print(ae.x, ae.z, sorted(k for k in AE.__dict__ if not k.startswith("_")))


class AM(A, object):
    pass


class AMB(AM, A):
    __slots__ = ("w",)


amb = AMB()
amb.x, amb.w, amb.other = 1, 2, 3
print(amb.x, amb.w, amb.other)


class Sup(A):
    __slots__ = ("q",)

    def __init__(self):
        self.x = "base"
        self.q = "own"

    def show(self):
        return super().x, self.q


print(Sup().show())


# __class__ assignment
class S1:
    __slots__ = ("x",)


class S2:
    __slots__ = ("x",)


class S3:
    __slots__ = ("y",)


class N1:
    pass


class N2:
    pass


o = S1()
o.x = 4
o.__class__ = S2
print(type(o).__name__, o.x)
attempt(lambda: setattr(o, "__class__", S3))
n = N1()
n.v = 1
n.__class__ = N2
print(type(n).__name__, n.v)
attempt(lambda: setattr(n, "__class__", S1))
attempt(lambda: setattr(n, "__class__", 5))
attempt(lambda: setattr(n, "__class__", int))
attempt(lambda: setattr(1, "__class__", N1))


# exceptions with slots keep a __dict__ (BaseException has one)
class MyError(Exception):
    __slots__ = ("code",)

    def __init__(self, code):
        super().__init__("failed", code)
        self.code = code


e = MyError(42)
e.note = "x"
print(e.code, e.args, e.note, MyError.code)
try:
    raise MyError(7)
except MyError as caught:
    print("caught", caught.code, caught)
attempt(lambda: MyError.code.__get__(Exception()))


# tuple subclasses with empty __slots__ (namedtuple's style) have no __dict__
class Pair(tuple):
    __slots__ = ()

    @property
    def first(self):
        return self[0]


pr = Pair((1, 2))
print(pr, pr.first)
attempt(lambda: setattr(pr, "z", 1))
attempt(lambda: pr.__dict__)
for base in (int, tuple, bytes):
    try:
        class Bad(base):
            __slots__ = ("a",)
    except TypeError as e:
        print("TypeError", e)
