class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sum(Countdown(5)))
class Base:
    registry = []
    @classmethod
    def create(cls, *a):
        obj = cls(*a)
        cls.registry.append(type(obj).__name__)
        return obj
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
Child.create(1); Base.create()
print(Base.registry, Child.registry is Base.registry)
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"private: {name}")
        object.__setattr__(self, name, value)
g = Guarded(); g.x = 1
try:
    g._y = 2
except AttributeError as e:
    print(e, g.x)
class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)
l = Lazy()
print(l.get_value(), hasattr(l, "other"), l.loaded)
class Point:
    __slots_like__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
class Unhashable:
    def __eq__(self, o):
        return True
try:
    {Unhashable()}
except TypeError as e:
    print(e)
class Prop:
    def __init__(self):
        self._v = 1
    def _get(self): return self._v
    def _del(self): print("deleting"); del self._v
    v = property(_get, None, _del, "doc")
p = Prop(); print(p.v); del p.v; print(hasattr(p, "_v"))
try:
    p.v = 3
except AttributeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)], key=lambda c: c.v), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class WithStatic:
    @staticmethod
    def util(a, b=2):
        return a ** b
print(WithStatic.util(3), WithStatic().util(2, 3))
class Str:
    def __str__(self): return "str!"
print(Str(), str(Str()), f"{Str()}", "%s" % Str(), [Str()] != [])
class Add:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Add(self.v + (o.v if isinstance(o, Add) else o))
    def __radd__(self, o): return Add(o + self.v)
    def __iadd__(self, o): self.v += 100; return self
a = Add(1) + 2; b = 3 + Add(1); c = Add(0); c += 1
print(a.v, b.v, c.v, sum([Add(1), Add(2)], Add(0)).v)
