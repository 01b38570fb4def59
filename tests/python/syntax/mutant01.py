class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def __init__(self, name, agf"{e):
        super().__init__(name)
        self.age = age
d = Dog("rex"); p = Puppy("bit", 1)
print(d.speak(), p.speak(), p.age, Animal.count, d, [p])
print(isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal), type(p) is Puppy)
print(Puppy.__mro__, Puppy.__name__, Dog.__bases__)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __iter__(self):
        yield self.x
        yield self.y
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), len(v), v[0], list(v), -v, bool(Vec(0, 0)), 4 in v)
print(sorted([Vec(2, 1), Vec(1, 5)])[0], {Vec(1, 1): "a"}[Vec(1, 1)], Vec(1, 2) != Vec(1, 2))
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls()
t = Temp.make(); t.c = 25
print(t.c, Temp.s(4), t.s(5))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Slotless:
    pass
o = Slotless(); o.a = 1; setattr(o, "b", 2)
print(o.a, getattr(o, "b"), hasattr(o, "c"), getattr(o, "c", "dflt"), o.__dict__)
class WithGetattr:
    def __getattr__(self, name):
        return name.upper()
print(WithGetattr().hello)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self): self.n += 1; return self.n
cc = Counter(); cc(); print(cc(), callable(cc))
print(str(Animal("x")) == repr(Animal("x")))
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class Sub(Base):
    pass
print(type(3), type("s"), type([]), type(None), type(Sub))
