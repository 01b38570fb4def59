# open()'s three layers: a text file's .buffer (and its .raw FileIO) share the position with it;
# tell()/seek() cookies (byte offsets), every newline= mode on reading and writing, .newlines,
# tell() disabled during iteration, writes after reads in "r+" (CPython reads 8 KiB ahead)
import os, tempfile
tmp = tempfile.mkdtemp()
os.chdir(tmp)
fn = "t1.txt"
with open(fn, "w") as f:
    print(repr(f), f.mode, f.name, f.encoding, f.errors, f.newlines, f.line_buffering)
    print(f.write("héllo\nworld\r\nthird\rfourth"))
    print(repr(f.buffer), f.buffer.mode, f.buffer.name, f.buffer.closed)
    print(f.tell())
with open(fn, "rb") as f:
    print(f.read())
with open(fn) as f:
    print(repr(f.read()), f.newlines)
with open(fn, newline="") as f:
    print(f.readlines())
with open(fn, newline="\r") as f:
    print(f.readlines())
with open(fn, newline="\r\n") as f:
    print(f.readlines())
with open(fn) as f:
    print(f.read(3), f.tell())
    print(f.readline(), f.tell())
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.readline()))
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    try:
        f.seek(3, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-3, 2)
    except Exception as e:
        print(type(e).__name__, e)
with open(fn) as f:
    for line in f:
        try:
            f.tell()
        except Exception as e:
            print(type(e).__name__, e)
        break
with open(fn, "rb") as f:
    print(f.read(3), f.tell(), f.peek(2)[:2] if hasattr(f, "peek") else None)
    print(f.read1(2), f.readline(), f.readlines())
    f.seek(-3, 2); print(f.read())
    print(repr(f.raw) if hasattr(f, "raw") else None)
f = open(fn, "w", newline="\r\n")
f.write("a\nb\n")
f.close()
print(open(fn, "rb").read())
f.close()
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    f.read()
except ValueError as e:
    print(e)
print(f.closed)
with open(fn, "a") as f:
    print(f.tell())
    f.write("zz")
print(open(fn, "rb").read())
with open(fn, "r+") as f:
    print(f.read(2))
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))
with open(fn, "w") as f:
    f.write("text ")
    f.flush()  # (the text layer buffers its writes apart from the buffer's)
    f.buffer.write(b"bytes ")
    f.write("more\n")
with open(fn) as f:
    print(repr(f.readline()), f.buffer.read(2), repr(f.read()))
with open(fn, "r+") as f:
    f.seek(5)
    print(f.buffer.tell(), f.buffer.raw.tell())
with open(fn, "w+") as f:
    f.write("x" * 10000 + "\n" + "tail")
    f.seek(0)
    f.readline()
    f.write("!")
    f.seek(0)
    print(len(f.read()), f.tell())
os.remove(fn)
os.chdir(os.path.dirname(tmp))
import shutil
shutil.rmtree(tmp)
