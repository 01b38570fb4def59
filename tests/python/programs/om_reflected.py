class A:
    def __add__(self, o):
        return "A.add"
    def __radd__(self, o):
        return "A.radd"
class B(A):
    def __radd__(self, o):
        return "B.radd"
print(A() + B(), B() + A(), 1 + A(), A() + 1)
class N:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
class M:
    def __eq__(self, o):
        return "M.eq"
    def __gt__(self, o):
        return "M.gt"
print(N() == M(), N() < M(), M() == N())
print(N() == N(), N() != N())
try:
    N() < N()
except TypeError as e:
    print(e)
class IAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return IAdd(self.v + o)
i = IAdd(1)
j = i
i += 5
print(i.v, j.v, i is j)
class IAdd2(IAdd):
    def __iadd__(self, o):
        self.v += o * 10
        return self
k = IAdd2(1)
kk = k
k += 2
print(k.v, k is kk)
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(e)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5, 5 == EqOnly(), EqOnly() != 5)
class Num:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o):
        return Num(o - self.v)
    def __mul__(self, o):
        return Num(self.v * o)
    def __rmul__(self, o):
        return Num(o * self.v)
    def __truediv__(self, o):
        return Num(self.v / o)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __neg__(self):
        return Num(-self.v)
print((10 - Num(3)).v, (Num(3) - 10).v, (2 * Num(4)).v, (Num(4) * 2).v, (1 / Num(4)).v, (-Num(2)).v)
