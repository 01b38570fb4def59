class A:
    def __init__(self):
        self.trail = ["A"]
    def go(self):
        return ["A.go"]
    @classmethod
    def create(cls):
        return cls()
    @property
    def name(self):
        return "A-name"
class B(A):
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def go(self):
        return ["B.go"] + super().go()
    @classmethod
    def create(cls):
        obj = super().create()
        obj.trail.append("B.create")
        return obj
    @property
    def name(self):
        return "B>" + super().name
class C(A):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
    def go(self):
        return ["C.go"] + super().go()
class D(B, C):
    def __init__(self):
        super().__init__()
        self.trail.append("D")
    def go(self):
        return ["D.go"] + super().go()
d = D()
print(d.trail, d.go(), D.create().trail, d.name)
print(super(B, d).go(), super(C, d).go(), super(D, D).go.__qualname__)
class Base:
    def __repr__(self):
        return "Base"
class Derived(Base):
    def __repr__(self):
        return "Derived(" + super().__repr__() + ")"
print(repr(Derived()))
class Lst(list):
    def append(self, x):
        super().append(x * 2)
l = Lst()
l.append(1)
l.append(5)
print(l, len(l))
class Dct(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
d2 = Dct()
d2["abc"] = 1
print(d2, d2["ABC"], d2["abc"], "ABC" in d2)
