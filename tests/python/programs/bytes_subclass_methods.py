# bytes methods the str type does not share (hex with separators, istitle, translate,
# maketrans), bytes subclasses whose methods return plain bytes, str.format_map and
# int.as_integer_ratio.
class B(bytes):
    pass
b = B(b"Hello World ab")
for name in ["upper", "lower", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip"]:
    r = getattr(b, name)()
    print(name, type(r).__name__, r)
print(type(b.replace(b"l", b"L")).__name__, b.replace(b"l", b"L"))
print([type(x).__name__ for x in b.split()], b.split())
print(type(b.center(20)).__name__, type(b.ljust(20)).__name__, type(b.zfill(20)).__name__)
print(type(b.join([b"a", b"b"])).__name__, type(b[1:3]).__name__, type(b * 2).__name__, type(b + b"x").__name__)
print(type(b.partition(b" ")[0]).__name__, type(b.expandtabs()).__name__, type(b.removeprefix(b"H")).__name__)
print(type(b.removeprefix(b"Z")).__name__, type(b.strip(b"Z")).__name__, type(b.replace(b"Z", b"z")).__name__)
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -3), b"\x01\x02\x03\x04\x05".hex(b"|", 2))
print(b"Hello World".istitle(), b"hello".istitle(), b"Hello world".istitle(), b"".istitle(), b"A1 B".istitle())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], type(t).__name__)
print(b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(None, b"a"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97])
print((10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (2**70).as_integer_ratio())
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} {y!r} {z:>5}".format_map(D(x=1)))
try:
    "{q}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    b.hex("::")
except ValueError as e:
    print("ValueError", e)
