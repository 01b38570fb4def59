# CPython's own struct.py over weft's _struct (lib/_struct.py): layouts, byte orders, range errors
import struct as S
print(S.Struct("<hi").format, S.Struct("<hi").size, S.error.__module__)
print(S.pack("<hHiIqQ", -2, 3, -4, 5, -6, 7))
print(S.pack(">hHiIqQ", -2, 3, -4, 5, -6, 7))
print(S.pack("@bhiq", 1, 2, 3, 4), S.calcsize("@bhiq"), S.calcsize("<bhiq"))
print(S.unpack("<hHiIqQ", S.pack("<hHiIqQ", -2, 3, -4, 5, -6, 7)))
print(S.pack("5s3p?c", b"hello world", b"abcdef", 7, b"z"))
print(S.unpack("5s3p?c", S.pack("5s3p?c", b"hello world", b"abcdef", 7, b"z")))
for bad in [("<h", 70000), ("b", 300), ("B", -1), ("h", 40000), ("<Q", -1), ("<I", 2**32)]:
    try: S.pack(*bad)
    except S.error as e: print("error", e)
try: S.pack("<hh", 1)
except S.error as e: print(e)
try: S.unpack("<h", b"abc")
except S.error as e: print(e)
try: S.pack("<h", "x")
except S.error as e: print(e)
print(list(S.iter_unpack("<H", b"\x01\x00\x02\x00")))
b = bytearray(8); S.pack_into("<I", b, 2, 0xdeadbeef); print(b)
print(S.unpack_from("<I", b, 2))
print(S.Struct("<3xI").size, S.calcsize("3i"), S.calcsize("ci"), S.calcsize("ic"))
for f in ['>h','<H','<i','<I','<l','<q','@i','@l','@q','@Q','=h','<b', '>H', '@I']:
  for v in (2**40, -2**40, 2**70, -2**70):
    try: S.pack(f, v)
    except S.error as e: print(f, e)
print(S.pack("<e", 1.5), S.pack(">d", -0.1), S.unpack("<f", S.pack("<f", 0.1)))
try: S.pack("<e", 1e6)
except OverflowError as e: print(e)
