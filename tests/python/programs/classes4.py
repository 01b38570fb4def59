class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class Bad(X, Z): pass
except TypeError as e:
    print(e)
class O:
    pass
class E1(O): pass
class E2(O): pass
class F(E1, E2): pass
print([c.__name__ for c in F.__mro__])
class Base:
    def __init__(self, x):
        self.x = x
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, b):
        return a + b
class Child(Base):
    def __init__(self, x, y=0):
        super().__init__(x)
        self.y = y
c = Child.make(3)
print(type(c).__name__, c.x, c.y, Child.helper(1, 2), c.helper(3, 4), isinstance(c, Base), issubclass(Child, Base))
print(Base.__name__, Child.__bases__, Child.__base__, Base.__subclasses__() == [Child])
class WithSuperArgs(Child):
    def __init__(self):
        super(Child, self).__init__(99)
w = WithSuperArgs()
print(w.x, hasattr(w, "y"), vars(w))
class Counted:
    instances = 0
    def __init__(self):
        Counted.instances += 1
        type(self).last = self
for _ in range(3):
    Counted()
print(Counted.instances, Counted.last is not None)
class Attr:
    def __init__(self):
        self.a = 1
    def __getattr__(self, name):
        return "dyn_" + name
o = Attr()
print(o.a, o.missing, getattr(o, "zz"), hasattr(o, "anything"))
class Guard:
    def __setattr__(self, k, v):
        if k.startswith("_"):
            raise AttributeError("private: " + k)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        print("deleting", k)
        object.__delattr__(self, k)
g = Guard()
g.ok = 1
try:
    g._no = 2
except AttributeError as e:
    print(e)
del g.ok
print(hasattr(g, "ok"))
class Dyn:
    pass
Dyn.method = lambda self: "added later"
print(Dyn().method(), Dyn.__qualname__, Dyn.__module__)
print(type(Dyn()) is Dyn, type(Dyn), type(type), isinstance(Dyn, type), Dyn.__class__)
class Str:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print(Str(), [Str()], f"{Str()}", f"{Str()!r}", str(Str()), repr(Str()))
