print(abs(-3), abs(-2.5), abs(True), divmod(9, 4), divmod(-9, 4.0), pow(2, 5), pow(2, 5, 3), pow(2.0, -1))
print(round(3.14159, 2), round(-1.5), round(2.5), round(7, -1), round(0.125, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(min(3, 1, 2), max([4, 9, 1]), min("bca"), max([], default="empty"), min([(2, "a"), (1, "b")]), max("aa", "b", key=len))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum(x * 0.5 for x in range(4)), any(x > 2 for x in [1, 3]), all([]))
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x"])))
print(sorted({3: 1, 1: 2}), sorted("bca", reverse=True), list(reversed([1, 2, 3])), list(reversed("abc")))
print(isinstance(1, (str, int)), issubclass(bool, (int,)), callable(len), callable(1), hasattr([], "append"))
print(chr(65), ord("a"), chr(0x1F600), ord("€"), bin(5), oct(8), hex(255), ascii("ñ"), repr("ñ"))
print(int("42"), float("2.5"), str(3), bool([]), list((1,)), tuple([1]), dict([(1, 2)]), set([1, 1]), frozenset([2]))
print(type(1), type("s"), id(1) == id(1), hash("a") == hash("a"), format(255, "x"), format(3.14159, ".2f"))
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
print(len("abc"), len([1]), len({1: 2}), len(range(10)), len(set()), len(b"xy"))
class O:
    pass
o = O()
setattr(o, "a", 1)
print(getattr(o, "a"), getattr(o, "b", "dflt"), hasattr(o, "a"), vars(o))
delattr(o, "a")
print(hasattr(o, "a"), "a" in dir(O()) , "__init__" in dir(o))
print(eval("1 + 2 * 3"), eval("x + 1", {"x": 5}), eval("[y for y in range(3)]"))
ns = {}
exec("def sq(v):\n    return v * v\nres = sq(7)", ns)
print(ns["res"], "sq" in ns)
print(globals()["__name__"], "O" in globals(), (lambda: locals())(), sorted(locals().keys())[:3])
m = __import__("math")
print(m.sqrt(16), __import__("os.path").path.basename("/a/b"))
print(iter(lambda: 1, 1).__class__.__name__ if False else "callable_iterator skipped")
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("abc", range(3))), list(map(str.upper, "ab")))
print(slice(1, 5, 2), range(3), bytes(3), bytes([65, 66]), bytearray(b"ab") if False else b"ab", memoryview if False else "mv")
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
print(max(1, 2, key=lambda v: -v), min([], default=None), sorted([3, 1, 2], key=lambda v: -v))
