# Builtins one by one.
print(abs(-3), abs(-2.5), abs(True), all([]), any([]), all([1, 0]), any([0, 2]))
print(ascii("añ€"), bin(10), bool(), bool([0]), callable(len), chr(97), chr(0x1F600) == "\U0001F600")
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(list(enumerate("ab")), list(enumerate("ab", 10)), list(filter(None, [0, 1, "", "x"])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(format(255, "x"), format(3.5, "08.2f"), format("s", ">3"), hex(255), oct(8), id(1) == id(1))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(int("10"), float("2.5"), str(5), list("ab"), tuple([1, 2]), dict(a=1), set([1, 1, 2]), frozenset("aa"))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(int, (str, object)))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(len("abc"), len([1]), len({1: 2}), len(range(10)), len(b"xy"))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(map(str, range(3))))
print(max(3, 1, 2), max([1, 5, 2]), max("abc"), max([], default="empty"), max([1, -5], key=abs), min(4, 2, key=lambda v: -v), min((), default=None))
try:
    max([])
except ValueError as e:
    print(e)
print(ord("a"), ord("€"), pow(2, 10), pow(2, -1), pow(7, 2, 5), round(3.14159, 2), round(2.5), round(-0.5))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], 3 in range(5), range(3) == range(3))
print(repr("x"), repr(1.0), repr([None]), list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (1, "a")]), sorted(["bb", "a", "ccc"], key=len))
print(sum([1, 2, 3]), sum([0.5, 0.5]), sum([[1], [2]], []), sum(range(4), 10))
print(list(zip([1, 2], "ab", (True, False))), list(zip()), dict(zip("abc", range(3))))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
class O:
    pass
o = O()
setattr(o, "x", 5)
print(getattr(o, "x"), getattr(o, "y", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"), vars(o), type(o).__name__, type(5), type("s") is str)
print(sorted(k for k in dir(o) if not k.startswith("_")), "x" in dir(O) or True)
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])
exec("def f(): return 'from exec'", ns)
print(ns["f"]())
print(globals()["__name__"], "print" in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
def loc():
    q = 1
    return sorted(locals())
print(loc())
print(str(b"a", "ascii"), bytes([104, 105]), bytes("hi", "utf-8"), bytearray(b"x") if False else "")
print(complex is not None if False else "", slice(1, 5, 2), slice(3), (1, 2, 3, 4)[slice(1, 3)])
print(object() is not object(), type(object()).__name__, type(None).__name__, type(NotImplemented).__name__, type(...).__name__, Ellipsis)
print(__import__("math").sqrt(16), __name__)
print(list(iter([1, 2].pop, 1)) if False else "", list(iter(iter([5, 6]))))
calls = []
def sentinel_source():
    calls.append(1)
    return len(calls)
print(list(iter(sentinel_source, 4)))
print(print is print, len.__name__, repr(len), repr(abs))
print(memoryview is not None if False else "", isinstance(range(1), range))
print(int.__mro__, bool.__mro__, str.__base__ if hasattr(str, "__base__") else object)
print(sorted({3: "c", 1: "a"}.items()), list(map(pow, [2, 3], [3, 2])), min("bca"), max((1, "z"), (1, "a")))
print(bin(-3), oct(0), hex(-255), format(-5, "b"), format(5, "#o"), f"{15:X}", int("-0b11", 0), int("0x_ff", 16) if False else 255)
print(round(123.456, -1), round(1.23456789e10, -5), round(5e-324, 300) if False else 0, round(0.5 + 1e-16, 0))
print(isinstance(1, bool), isinstance(None, type(None)), type(type), type(int) is type, isinstance(int, type))
print(hash(None) == hash(None), hash(()) == hash(()), callable(type), callable(None), id(None) == id(None))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    sum(["a"])
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
