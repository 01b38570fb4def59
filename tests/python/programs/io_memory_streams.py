# io.StringIO (every newline= mode, .newlines, seek rules and messages) and io.BytesIO edge cases
import io
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r)[:90])
    except Exception as e:
        print(type(e).__name__, e)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\r\ny\rz\nw")
    print(repr(s.getvalue()), s.tell(), s.newlines)
s = io.StringIO("abc")
t(s.seek, 1, 2); t(s.seek, 0, 3); t(s.seek, 1.5); t(s.read, "x"); t(s.readline, None); t(s.truncate, None)
t(io.StringIO, "x", 5)
b = io.BytesIO(b"abc")
t(b.seek, 1, 5); t(b.seek, -1); t(b.seek, -10, 1); t(b.seek, -10, 2); t(b.truncate, -1); t(b.read, "x")
b.close(); t(b.read); t(b.write, b"x"); t(b.tell); t(b.seek, 0); t(b.getvalue)
s = io.StringIO("x"); s.close(); t(s.tell); t(s.getvalue); t(s.readline)
t(io.BytesIO, "str")
print(io.StringIO("abc").read(-5), io.BytesIO(b"ab").read(None))
with io.StringIO("l1\nl2\n") as s:
    print(list(s), s.closed)
print(s.closed)
b = io.BytesIO(b"hello")
print(bytes(b.getbuffer()), b.truncate(2), b.getvalue(), b.tell())
print(repr(io.StringIO("x").read(0)), io.BytesIO().read1(), isinstance(io.StringIO(), io.TextIOBase))
ba = bytearray(4)
print(io.BytesIO(b"ab").readinto(ba), ba)
t(io.StringIO("abc").truncate, -1)
