# Every binary operator with its dunder, reflected and in-place forms.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return "V(%r)" % (self.v,)
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]:
    def make(name):
        def op(self, other): return "%s(%r,%r)" % (name, self, other)
        def rop(self, other): return "r%s(%r,%r)" % (name, self, other)
        def iop(self, other): return "i%s(%r,%r)" % (name, self, other)
        return op, rop, iop
    op, rop, iop = make(name)
    setattr(V, "__%s__" % name, op)
    setattr(V, "__r%s__" % name, rop)
    setattr(V, "__i%s__" % name, iop)
a = V(1)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, a // 2, 2 // a)
print(a % 2, 2 % a, a ** 2, 2 ** a, a << 1, 1 << a, a >> 1, 1 >> a)
print(a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a, a @ 1, 1 @ a)
x = V(5); x += 1; print(x)
x = V(5); x -= 1; print(x)
x = V(5); x *= 1; print(x)
x = V(5); x /= 1; print(x)
x = V(5); x //= 1; print(x)
x = V(5); x %= 1; print(x)
x = V(5); x **= 1; print(x)
x = V(5); x <<= 1; print(x)
x = V(5); x >>= 1; print(x)
x = V(5); x &= 1; print(x)
x = V(5); x |= 1; print(x)
x = V(5); x ^= 1; print(x)
x = V(5); x @= 1; print(x)

class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __bool__(self): return False
    def __len__(self): return 3
    def __index__(self): return 2
    def __int__(self): return 7
    def __float__(self): return 1.5
    def __round__(self, n=None): return ("round", n)
    def __hash__(self): return 12345
u = U()
print(-u, +u, ~u, abs(u), bool(u), len(u), not u)
print([10, 20, 30][u], int(u), float(u), round(u), round(u, 3), hash(u))
print(bin(u), hex(u), oct(u), "abc"[u:], range(10)[u])

# fallback to the reflected method when the forward one returns NotImplemented
class A:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "A.radd"
class B:
    def __radd__(self, o): return "B.radd"
print(A() + B(), 1 + A())
class Sub(int):
    def __radd__(self, o): return "Sub.radd first"
print(1 + Sub(2))
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    V(1) < V(2)
except TypeError as e:
    print(e)
class C:
    def __eq__(self, o): return "eq"
    def __ne__(self, o): return "ne"
    def __lt__(self, o): return "lt"
    def __le__(self, o): return "le"
    def __gt__(self, o): return "gt"
    def __ge__(self, o): return "ge"
c = C()
print(c == 1, c != 1, c < 1, c <= 1, c > 1, c >= 1, 1 < c, 1 > c, 1 == c)
class D:
    def __eq__(self, o): return True
print(D() != 3, 3 != D(), [D()] == [5], D() in [7])
class Cont:
    def __contains__(self, x): return x == 3
    def __getitem__(self, i): return ("get", i)
    def __setitem__(self, i, v): print("set", i, v)
    def __delitem__(self, i): print("del", i)
k = Cont()
print(3 in k, 4 in k, 4 not in k, k[5], k[1:3], k[1, 2])
k[1] = 2; k[1:2] = 3; del k[0]; del k[::2]
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), sorted(It(), reverse=True))
class Old:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Old()), 9 in Old())
class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, 2, x=3))
