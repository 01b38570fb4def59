# The classes of open()'s files and io's class tree: isinstance/issubclass against io's ABCs and
# concrete classes, io.FileIO/BufferedReader/TextIOWrapper built directly (over open()'s files
# and over Python streams), subclassing io's classes, the base classes' default methods.
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())
p = "a.txt"


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


with open(p, "w") as f:
    print(type(f), isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase),
          isinstance(f, io.TextIOBase), isinstance(f, io.BufferedIOBase))
    f.write("hello\nworld\n")
with open(p, "rb") as f:
    print(type(f), isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.IOBase), isinstance(f, io.RawIOBase), isinstance(f, io.TextIOBase))
    print(type(f.raw), isinstance(f.raw, io.FileIO), isinstance(f.raw, io.RawIOBase))
with open(p, "ab") as f:
    print(type(f), isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedReader))
with open(p, "r+b") as f:
    print(type(f), isinstance(f, io.BufferedRandom))
with open(p, "rb", buffering=0) as f:
    print(type(f), isinstance(f, io.FileIO), isinstance(f, io.BufferedIOBase))
print(io.TextIOWrapper, io.FileIO, io.BufferedReader, io.IOBase, io.StringIO, io.BytesIO)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.FileIO, io.RawIOBase),
      issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase))
show("isinstance chain", lambda: [isinstance(open(p, m), c) for m, c in
                                  (("r", io.TextIOBase), ("rb", io.BufferedIOBase),
                                   ("rb", io.RawIOBase), ("rb", io.TextIOBase))])

f = io.FileIO(p, "r")
print(f, f.read(3), f.mode, f.readable(), f.writable())
f.close()
print(f, f.closed)
show("FileIO text mode", lambda: io.FileIO(p, "rt"))
show("FileIO missing", lambda: io.FileIO("missing.txt"))
b = io.BufferedReader(io.FileIO(p))
print(type(b).__name__, b.read(), b.raw)
b.close()
w = io.BufferedWriter(io.FileIO("w.bin", "w"))
w.write(b"abc")
w.close()
print(open("w.bin", "rb").read())
t = io.TextIOWrapper(io.BufferedReader(io.FileIO(p)), encoding="utf-8")
print(type(t).__name__, repr(t.readline()), t.tell(), t.encoding)
t.close()
t = io.TextIOWrapper(open(p, "rb"), encoding="cp1252")
print(isinstance(t, io.TextIOWrapper), repr(t.read()))
t.close()


class MyText(io.TextIOWrapper):
    def extra(self):
        return "x"


m = MyText(open(p, "rb"), encoding="utf-8")
print(repr(m.read()), m.extra(), isinstance(m, io.TextIOBase))
m.close()
print(m.closed)


class MyRaw(io.RawIOBase):
    def __init__(self):
        self.n = 0

    def readinto(self, b):
        if self.n >= 3:
            return 0
        b[0] = 65 + self.n
        self.n += 1
        return 1

    def readable(self):
        return True


r = MyRaw()
print(r.read(), r.closed, r.readable(), r.writable(), r.seekable())
print(io.BufferedReader(MyRaw()).read())
print(list(io.TextIOWrapper(io.BufferedReader(MyRaw()), encoding="ascii")))
print(io.TextIOWrapper(io.BytesIO(b"a\nb\n")).readlines())
print(io.open is open, io.open)
print(sorted(n for n in dir(io) if not n.startswith("_")))

show("IOBase().fileno", lambda: io.IOBase().fileno())
show("IOBase().seek", lambda: io.IOBase().seek(0))
show("IOBase().tell", lambda: io.IOBase().tell())
show("RawIOBase().read", lambda: io.RawIOBase().read(1))
show("BufferedIOBase().read", lambda: io.BufferedIOBase().read())
show("BufferedIOBase().detach", lambda: io.BufferedIOBase().detach())
show("TextIOBase().read", lambda: io.TextIOBase().read())
show("TextIOBase().encoding", lambda: io.TextIOBase().encoding)
show("IOBase().closed", lambda: io.IOBase().closed)
x = io.IOBase()
x.close()
show("IOBase after close", lambda: (x.closed, x.readable(), x.writable()))
show("IOBase closed flush", lambda: x.flush())
show("IOBase closed iter", lambda: iter(x))
show("BytesIO readinto", lambda: (lambda b: (io.BytesIO(b"xyz").readinto(b), b))(bytearray(2)))
bw = io.BytesIO()
w = io.BufferedWriter(bw, 4)
w.write(b"ab")
print(bw.getvalue())
w.write(b"cdef")
print(bw.getvalue())
w.flush()
print(bw.getvalue())
w.write(b"0123456789")
print(bw.getvalue())
rnd = io.BufferedRandom(io.BytesIO(b"hello world"))
print(rnd.read(5))
rnd.write(b"!!")
rnd.seek(0)
print(rnd.read())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r", final=True)), d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r")), d.getstate(), repr(d.decode("y\n")), d.newlines)
d.reset()
print(d.newlines, d.getstate())
import codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9\r\n")), repr(d.newlines))
