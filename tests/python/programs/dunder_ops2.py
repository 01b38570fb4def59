class V:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "V%r" % (tuple(self.c),)
    def __add__(self, o):
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented
    def __radd__(self, o):
        return self + o
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    __rmul__ = __mul__
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k, mod=None):
        return V(*[pow(a, k, mod) for a in self.c])
    def __neg__(self):
        return V(*[-a for a in self.c])
    def __pos__(self):
        return self
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __invert__(self):
        return V(*reversed(self.c))
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash(tuple(self.c))
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __delitem__(self, i):
        del self.c[i]
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __call__(self, k):
        return self.c[k]
    def __and__(self, o):
        return "and"
    def __rand__(self, o):
        return "rand"
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __index__(self):
        return len(self.c)
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 2, 3 * a, a @ b, b / 2, b // 2, b % 3, a ** 2, pow(a, 2, 3))
print(-a, +a, abs(b), ~a, a == V(1, 2), a != b, a < b, b > a, sorted([b, a]), hash(a) == hash(V(1, 2)))
c = a
c += b
print(c, a, c is a, len(a), a[0], a[-1], 4 in a, list(a), bool(V(0, 0)), a(1))
a[0] = 100
del a[1]
print(a, a & 1, 1 & a, a << 1, [10, 20, 30, 40][V(1, 2)], bin(V(1, 2, 3)), max(V(5, 9, 2)))
print(sum([V(1, 1), V(2, 2)], V(0, 0)), {V(1): "hashable"}[V(1)])
try:
    a - 1
except AttributeError as e:
    print("AttributeError", e)
try:
    a @ 1
except AttributeError as e:
    print("AttributeError", e)
try:
    "x" - a
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2), Cmp(3) >= Cmp(3))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print(e)
class RevOnly:
    def __radd__(self, o):
        return "radd with %r" % (o,)
    def __rsub__(self, o):
        return "rsub"
print(5 + RevOnly(), [1] + RevOnly(), 2.5 - RevOnly())
