# open()'s files are instances of io's classes themselves (as CPython's _io types): type(),
# names, __module__, __mro__; io.FileIO, BufferedReader and TextIOWrapper subclassed, with the
# overridden methods CPython's versions call (FileIO's readline calls read(), IOBase's
# readlines/__next__ call readline()); the buffered and text types over Python streams are the
# same types; reads after close with each class's message.
import io
import os
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
p = "a.txt"
with open(p, "wb") as f:
    f.write(b"l1\nl2\nl3\n")


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for mode, cls in (("r", io.TextIOWrapper), ("rb", io.BufferedReader), ("r+b", io.BufferedRandom),
                  ("ab", io.BufferedWriter)):
    with open(p, mode) as f:
        t = type(f)
        print(mode, t is cls, t.__name__, t.__module__, t.__qualname__)
        print(" ", [c.__name__ for c in t.__mro__])
        print(" ", type(f.buffer if mode == "r" else f.raw) is (io.BufferedReader if mode == "r"
                                                               else io.FileIO))
with open(p, "rb", buffering=0) as f:
    print(type(f) is io.FileIO, [c.__name__ for c in type(f).__mro__])
for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    print(c.__name__, [(k.__module__, k.__name__) for k in c.__mro__])
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase),
      issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.FileIO, io.IOBase))
print(isinstance(sys.stdout, io.TextIOWrapper))
print("read" in io.TextIOWrapper.__dict__, "readinto" in io.FileIO.__dict__,
      "peek" in io.BufferedReader.__dict__)


class F(io.FileIO):
    def read(self, n=-1):
        print("  F.read", n)
        return super().read(n)


f = F(p)
print(type(f).__name__, repr(f)[:11], f.name, f.mode, f.closefd)
print(f.readline())
f.close()
show("closed F", lambda: f.read())


class Upper(io.BufferedReader):
    def readline(self, size=-1):
        return super().readline(size).upper()


b = Upper(io.FileIO(p))
print(repr(b).startswith("<Upper name="), next(b), b.readlines())
b.close()


class Tagged(io.TextIOWrapper):
    def readline(self, size=-1):
        return "T:" + super().readline(size)


t = Tagged(io.BufferedReader(io.FileIO(p)), encoding="utf-8")
print(t.readline(), next(t), t.encoding)
t.close()


class Chunks(io.RawIOBase):
    # a raw stream giving 2 bytes per readinto
    def __init__(self, data):
        self.data, self.pos = data, 0

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), 2, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


br = io.BufferedReader(Chunks(b"xyz\nw"))
print(type(br) is io.BufferedReader, br.readline(), br.read(), repr(br))
tw = io.TextIOWrapper(io.BytesIO(b"a\r\nb\n"), encoding="utf-8")
print(type(tw) is io.TextIOWrapper, tw.readlines(), tw.closed, tw.newlines)
tw.close()
print(tw.closed)
w = io.BufferedWriter(io.BytesIO())
print(type(w) is io.BufferedWriter, w.write(b"abc"), w.raw.getvalue())
w.flush()
print(w.raw.getvalue())
with open(p, "w", encoding="utf-16") as u:
    print(type(u) is io.TextIOWrapper, u.write("hé"), u.encoding)
with open(p, encoding="utf-16") as u:
    print(u.read())

# after close: each class's message
for mode in ("r", "rb", "r+b", "ab"):
    f = open(p, mode)
    f.close()
    for name in ("read", "readline", "readlines", "tell", "seek", "flush", "fileno", "__next__"):
        show("%s %s" % (mode, name), lambda: getattr(f, name)(*((0,) if name == "seek" else ())))
r = io.FileIO(p)
r.close()
for name in ("read", "readall", "readline", "tell", "fileno"):
    show("raw " + name, lambda: getattr(r, name)())
show("raw write", lambda: r.write(b"x"))
show("not readable", lambda: io.BufferedReader(io.FileIO(p, "a")))
show("bad mode", lambda: io.FileIO(p, "rt"))
