class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(0, 0) in pts)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) == (1, 2))
print([Point(1, 2)].index(Point(1, 2)), [Point(3, 3)].count(Point(3, 3)), Point(1, 1) in [Point(1, 1)])
class Identity:
    pass
a, b = Identity(), Identity()
print(a == a, a == b, a != b, len({a, b, a}))
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs), Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"))
print(sorted(vs, reverse=True))
