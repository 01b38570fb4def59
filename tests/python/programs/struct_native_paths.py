# struct.pack/unpack over every code, byte order and boundary value, through the native fast
# path (src/modules/struct_module.cpp) and the Python path it falls back on (errors, bools,
# big ints, bytearrays): results and error messages must be CPython's.
import struct

ints = {"b": 8, "B": 8, "h": 16, "H": 16, "i": 32, "I": 32, "l": 32, "L": 32, "q": 64, "Q": 64}
for order in ("<", ">", "!", "=", "@"):
    for code, bits in ints.items():
        if order == "@" and code in "lL":
            bits = 64
        unsigned = code.isupper()
        lo = 0 if unsigned else -(1 << (bits - 1))
        hi = (1 << bits) - 1 if unsigned else (1 << (bits - 1)) - 1
        fmt = order + code
        for v in (lo, hi, lo - 1, hi + 1, 0, 1, -1, True, 7):
            try:
                b = struct.pack(fmt, v)
                print(fmt, v, b.hex(), struct.unpack(fmt, b))
            except (struct.error, OverflowError) as e:
                print(fmt, v, type(e).__name__, e)
for fmt in ("<e", ">f", "<d", "!d", "@f"):
    for v in (1.5, -0.0, 1e300, float("inf"), 3, 65504.0, 70000.0):
        try:
            b = struct.pack(fmt, v)
            print(fmt, v, b.hex(), struct.unpack(fmt, b))
        except (struct.error, OverflowError) as e:
            print(fmt, v, type(e).__name__, e)
for fmt, args in (("<3s", (b"abcdef",)), ("<3s", (b"a",)), ("5p", (b"hello world",)),
                  ("c?x?", (b"z", 2, 0)), ("<c", (b"zz",)), ("<s", ("str",)),
                  ("<ii", (1,)), ("<i", (1.5,)), ("<d", ("x",)), ("@bhiq", (1, 2, 3, 4)),
                  ("<2h3B", (1, -2, 3, 4, 5)), ("<Q", (2**64 - 1,)), ("<q", (-2**63,))):
    try:
        b = struct.pack(fmt, *args)
        print(fmt, b.hex(), struct.unpack(fmt, b))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
s = struct.Struct(">IH")
buf = bytearray(10)
s.pack_into(buf, 2, 0xDEADBEEF, 7)
print(buf.hex(), s.unpack_from(buf, 2), s.unpack(bytes(buf[2:8])), s.unpack(bytearray(buf[2:8])))
print(s.unpack(memoryview(bytes(buf[2:8]))), list(s.iter_unpack(bytes(12))))
try:
    struct.unpack("<I", b"abc")
except struct.error as e:
    print("error:", e)
print(struct.calcsize("<qQd"), struct.pack("<3x"), struct.unpack("<3x", b"abc"))
struct._clearcache()
print(struct.unpack("<H", struct.pack("<H", 513)))
