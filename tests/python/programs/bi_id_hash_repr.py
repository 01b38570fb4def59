a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, a == c)
print(hash(1) == hash(1.0) == hash(True), hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")))
print(hash(0), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(0.5), hash(1e100) == hash(int(1e100)))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    hash({"a": 1})
except TypeError as e:
    print(e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return self.v == o.v
print(len({H(1), H(1), H(2)}), hash(H(5)) == hash(5))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(repr(1), repr("a'b"), repr([1, "x", None]), repr((1,)), repr({1: "a"}), repr(set()), repr(frozenset({1})))
print(ascii("héllo"), ascii(["ü"]), repr("\n\t"), str("\n") == "\n", repr(b"a\nb"), repr(3.0), repr(-0.0))
print(format(42), format(42, "05d"), format("s", "^5"), format(3.14159, ".3"), format(True, "d"), format(None, ""))
class R:
    def __repr__(self):
        return "R()"
print(R(), str(R()), [R()], f"{R()!r}", "%r" % R(), "%s" % R())
