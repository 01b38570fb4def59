# Files in codecs open() decodes through io.TextIOWrapper in Python (utf-16, utf-32, utf-8-sig,
# cp1252): one BOM per file (none when appending), tell() and seek() round trips, readline(size),
# readlines(hint) limits, errors= and newline= on the native layer too.
import io
import os
import tempfile

os.chdir(tempfile.mkdtemp())
for enc in ("utf-16", "utf-8-sig", "utf-32", "cp1252", "utf-16-be"):
    with open("m", "w", encoding=enc) as f:
        f.write("ab\n"); f.write("cd\n"); print(enc, f.tell() if enc not in ("x",) else "")
    print(open("m", "rb").read())
    with open("m", encoding=enc) as f:
        print(repr(f.readline()), f.tell(), repr(f.read()))
    with open("m", "a", encoding=enc) as f:
        f.write("ef")
    print(open("m", "rb").read(), repr(open("m", encoding=enc).read()))
with open("s", "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write("a\udcffb")
print(open("s", "rb").read(), repr(open("s", encoding="utf-8", errors="surrogateescape").read()))
with open("n", "w", newline="\r\n") as f:
    f.write("1\n2\r\n3\r")
print(open("n", "rb").read(), repr(open("n", newline="").read()), repr(open("n").read()))
with open("n", "w") as f:
    f.write("x" * 10 + "\n" + "y" * 10)
with open("n") as f:
    print(repr(f.readline(5)), repr(f.readline(100)), repr(f.readline(0)), f.readlines(3))
with open("n") as f:
    print(f.readlines(11))
b = io.BytesIO(b"abc\ndef\n")
t = io.TextIOWrapper(b, encoding="utf-16-le", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
t.write("a"); t.write("b"); t.flush(); print(t.buffer.getvalue())

for enc in ("utf-16", "utf-8-sig", "cp1252", "utf-32-le"):
    with open("r", "w", encoding=enc, newline="") as f:
        f.write("one\r\ntwo\rthree\nfour")
    with open("r", encoding=enc) as f:
        marks = []
        while True:
            cookie = f.tell()
            line = f.readline()
            if not line:
                break
            marks.append((cookie, line))
        back = []
        for cookie, line in reversed(marks):
            f.seek(cookie)
            back.append(f.readline() == line)
        print(enc, [line for _, line in marks], all(back))
        f.seek(0)
        print(repr(f.read(5)), repr(f.read()), f.newlines)
        try:
            for line in f:
                f.tell()
        except OSError as e:
            print("tell in a for loop:", e)
        f.seek(0)
        for line in f:
            pass
        print("tell after the loop", f.tell() > 0)
with open("q", "w+", encoding="utf-16") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()), f.tell())
    f.seek(0, 2)
    f.write("def")
    f.seek(0)
    print(repr(f.read()))
print(open("q", "rb").read())
