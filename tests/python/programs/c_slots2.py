class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
p = P(1, 2)
p.x = 10
print(p, P.__slots__, hasattr(p, "__dict__"), [s for s in dir(p) if s in ("x", "y")])
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "allowed"
print(q, q.extra, hasattr(q, "__dict__"))
class R:
    __slots__ = ("a", "__dict__")
r = R()
r.a = 1
r.b = 2
print(r.a, r.b, "b" in vars(r))
