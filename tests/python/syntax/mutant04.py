class Stack(list):
    def push( self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.name = "stack"
print(s, len(s), s.peek(), s.name, isinstance(s, list), type(s).__name__, s + [4], sorted(s, reverse=True))
class DefaultDict(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory
    def __missing__(self, key):
        v = sef"{lf[key] = self.factory()
        return v
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, len(dd), dict(dd), isinstance(dd, dict), "a" in dd, dd.get("zz"))
class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for x in items:
            self[x] = self.get(x, 0) + 1
    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"])
class Upper(str):
    def shout(self):
        return self.upper() + "!"
u = Upper("hi")
print(u, u.shout(), len(u), u + "x", u == "hi", type(u).__name__, isinstance(u, str), repr(u))
class Meters(float):
    def __str__(self):
        return f"{float(self)}m"
m = Meters(2.5)
print(m, m * 2, m + 1, repr(float(m)))
class Id(int):
    pass
i = Id(7)
print(i, i + 1, i * i, isinstance(i, int), type(i).__name__, Id(10 ** 30) // 10 ** 29)
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((3, 4))
print(p, p.first(), len(p), p + (5,))
class Tags(set):
    pass
t = Tags([3, 1, 2])
t.add(0)
print(t, 2 in t, len(t))
