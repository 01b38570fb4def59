# file objects: seek/tell/flush/truncate, '+' modes, read(n) counting characters, binary writes
# of bytearray, the types of binary files, readable/writable/seekable, fileno
import os

fn = "_io_files3.tmp"
with open(fn, "w") as f:
    print(f.write("line1\nline2\n"), f.tell(), f.writable(), f.readable(), f.seekable())
    f.writelines(["a\n", "b"])
    print("printed", file=f)
    f.flush()
    print(os.path.getsize(fn))
with open(fn) as f:
    print(repr(f.read(3)), repr(f.readline()), f.readlines(), repr(f.read()), f.tell())
    print(f.seek(0), repr(f.read(5)), f.seek(0, 2), repr(f.read()))
    print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, type(f.fileno()))
print(f.closed)
with open(fn, "rb") as f:
    print(type(f).__name__, f.read(4), f.seek(-3, 2), f.read(), f.seek(1), f.tell(), f.read(2))
    print(f.seek(-2, 1), f.read(1))
with open(fn, "r+") as f:
    f.seek(2)
    f.write("X")
    f.seek(0)
    print(repr(f.read(5)))
    f.seek(0, 2)
    f.write("tail\n")
    f.seek(0)
    print(f.read().splitlines())
with open(fn, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(fn, encoding="utf-8") as f:
    print(repr(f.read(2)), repr(f.read(8)), repr(f.read()))
with open(fn, "wb") as f:
    print(type(f).__name__, f.write(b"\x00\x01"), f.write(bytearray(b"zz")), f.write(memoryview(b"!")))
    try:
        f.write("text")
    except TypeError as e:
        print(e)
with open(fn, "rb+") as f:
    print(type(f).__name__, f.read(), f.truncate(2), f.seek(0), f.read())
with open(fn, "ab") as f:
    print(type(f).__name__, f.write(b"more"))
print(open(fn, "rb").read())
f = open(fn)
f.close()
for op in (f.read, f.tell, f.flush, lambda: f.seek(0)):
    try:
        op()
    except ValueError as e:
        print(e)
try:
    with open(fn, "w") as f:
        f.write(b"x")
except TypeError as e:
    print(e)
with open(fn) as f:
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print(e)
os.remove(fn)
