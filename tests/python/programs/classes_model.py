# Classes: MRO, super, properties, descriptors, class/static methods, __slots__, metaclasses,
# __init_subclass__, __set_name__, __getattr__/__getattribute__, __class_getitem__.
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__), issubclass(D, A), isinstance(D(), C))
try:
    class X(A, B): pass
except TypeError as e:
    print(e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("deleting x")
p = P(); p.x = 5; print(p.x); del p.x
try:
    class PP:
        @property
        def y(self): return 1
    PP().y = 3
except AttributeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return "get %s from %s" % (self.name, type(obj).__name__)
    def __set__(self, obj, value): print("set", self.name, value)
class HasDesc:
    attr = Desc()
h = HasDesc(); print(h.attr); h.attr = 3; print(type(HasDesc.attr).__name__, HasDesc.attr.name)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class HN:
    nd = NonData()
hn = HN(); print(hn.nd); hn.nd = "instance wins"; print(hn.nd)
class M:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def helper(x): return x * 2
class N(M): pass
print(type(N.make()).__name__, N.count, M.count, M.helper(4), M().helper(5))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)
print(s.a, Slotted.__slots__, hasattr(s, "__dict__"))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls): return "<class %s via Meta>" % cls.__name__
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
w = WithMeta(3)
print(w.v, WithMeta.tag, type(WithMeta).__name__, repr(WithMeta), isinstance(WithMeta, Meta))
class Base:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, key))
class S1(Base, key="one"): pass
class S2(Base): pass
print(Base.registry)
class Dyn:
    def __getattr__(self, name): return "dyn_" + name
d = Dyn(); d.real = 1; print(d.real, d.missing)
class Logged:
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return object.__getattribute__(self, name)
l = Logged(); l.x = 1; print(l.x, l.secret)
class SetA:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 10)
    def __delattr__(self, k): print("delattr", k)
sa = SetA(); sa.q = 2; print(sa.q); del sa.q
class G:
    def __class_getitem__(cls, item): return "G[%s]" % item.__name__
print(G[int])
T = type("T", (A,), {"z": 1, "who": lambda self: "T"})
print(T().who(), T.z, T.__name__, T.__bases__[0].__name__)
class Rep:
    def __repr__(self): return "Rep()"
    def __str__(self): return "str-Rep"
    def __format__(self, spec): return "fmt:" + spec
print(Rep(), repr(Rep()), str(Rep()), f"{Rep():xyz}", format(Rep(), "q"), [Rep()])
print(A.__name__, A.__qualname__, A.__module__, D.__bases__ == (B, C), type(A) is type, A.__dict__["who"].__name__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner().__class__.__name__)
class E:
    x = 1
    def __eq__(self, o): return isinstance(o, E)
    __hash__ = None
try:
    hash(E())
except TypeError as e:
    print(e)
print(E() == E(), vars(P())["_x"], sorted(vars(Slotted).keys())[:2] if False else "ok")
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Num(%d)" % self.v
print(sorted([Num(3), Num(1), Num(2)]), max(Num(5), Num(7)), min([Num(4), Num(0)]))
import functools
@functools.total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(2))
class Abstract:
    def method(self): raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print(e)
print(callable(A), callable(A()), callable(Rep.__repr__))
