# memoryview over bytes and bytearray: items, slices sharing memory, writes, attributes,
# release and the context manager, cast, equality, hashing, and CPython's error messages.
def attempt(f, *args):
    try:
        r = f(*args)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:5])
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes, m.readonly)
print(m.obj is data, m.c_contiguous, m.contiguous, m.suboffsets)
print(type(m).__name__, isinstance(m, memoryview), type(m) is memoryview)

# writes through the view and through a slice show up in the bytearray
m[0] = ord("J")
s = m[6:11]
s[0] = ord("W")
print(data, s.tobytes(), len(s), s.obj is data)
m[1:3] = b"EL"
print(data)
m[0:2] = memoryview(b"xy")
print(data)
print(bytes(m[::2]), m[::2].strides, m[::2].c_contiguous, m[::-1].tobytes())
rev = m[::-1]
rev[0] = ord("D")
print(data, rev[0], rev[-1])
print(list(m[3:6]), bytearray(m[:5]), bytes(m[2:4]))
print(m[2:2].tobytes(), len(m[5:2]))

# read-only views over bytes
b = b"abcdef"
r = memoryview(b)
print(r.readonly, r[1], r[1:4].tobytes(), r.tolist())
attempt(r.__setitem__, 0, 1)
attempt(r.__delitem__, 0)
attempt(m.__delitem__, 0)
print(hash(r) == hash(b), hash(r[1:3]) == hash(b"bc"))
attempt(hash, m)
print(r.toreadonly().readonly, m.toreadonly().readonly, m.readonly)

# errors on items
attempt(m.__getitem__, 100)
attempt(m.__getitem__, -100)
attempt(m.__getitem__, "x")
attempt(m.__setitem__, 0, 256)
attempt(m.__setitem__, 0, -1)
attempt(m.__setitem__, 0, "a")
attempt(m.__setitem__, slice(0, 3), b"ab")
attempt(memoryview, "text")
attempt(memoryview, 5)
attempt(memoryview, [1, 2])

# equality with views, bytes and bytearray
print(memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abc"))
print(memoryview(b"abc") == memoryview(bytearray(b"abc")), memoryview(b"abc") != b"abd")
print(memoryview(b"abc") == "abc", memoryview(b"ab") == b"abc", b"abc" == memoryview(b"abc"))
print(memoryview(b"abcd")[::2] == b"ac", m == m)

# cast
c = memoryview(b"AB\xff").cast("c")
print(c.format, c[0], c.tolist(), c.itemsize)
sb = memoryview(b"\x01\xff\x80").cast("b")
print(sb.format, sb.tolist(), sb[1])
h = memoryview(bytearray(b"\x01\x00\x02\x01")).cast("H")
print(h.format, h.itemsize, len(h), h.tolist(), h.nbytes, h.shape, h.strides)
h[1] = 0xBEEF
print(h.obj, h.cast("B").tolist())
attempt(memoryview(b"abc").cast, "H")
attempt(memoryview(b"abcd")[::2].cast, "B")
attempt(memoryview(b"abcd").cast, "Z")
attempt(h.__setitem__, 0, 70000)
i4 = memoryview(b"\xff\xff\xff\xff\x01\x00\x00\x00").cast("i")
print(i4.tolist(), memoryview(b"\xff\xff\xff\xff").cast("I")[0])

# hex and iteration
print(memoryview(b"\x00\x10\xff").hex(), [x for x in memoryview(b"xyz")])

# release and the context manager
with memoryview(b"context") as cm:
    print(cm[0], cm.tobytes())
print("released" in repr(cm), repr(m).startswith("<memory at 0x"))
attempt(len, cm)
attempt(cm.tobytes)
attempt(lambda: cm.format)
attempt(cm.__getitem__, 0)
cm.release()
v = memoryview(b"x")
v.release()
print(v == v, v == memoryview(b"x"))

# a view of a view
base = bytearray(range(10))
outer = memoryview(base)[2:8]
inner = memoryview(outer)[1::2]
inner[0] = 99
print(base[3], inner.tolist(), outer.tolist(), inner.obj is base)
