# text files' encodings and errors= handlers on reading and writing (surrogateescape,
# surrogates not allowed in UTF-8), decoding errors reported for the 8 KiB chunk python3 decodes
# ahead, newline translation on writing, print(file=), sys.stdout.write's result
import os, tempfile
tmp = tempfile.mkdtemp()
os.chdir(tmp)
import io, sys
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r)[:90])
    except Exception as e:
        print(type(e).__name__, e)
with open("e.bin", "wb") as f:
    f.write(b"ab\xffcd\xc3\xa9\n\xe9x\n")
t(lambda: open("e.bin").read())
t(lambda: open("e.bin").readline())
t(lambda: list(open("e.bin")))
t(lambda: open("e.bin", errors="replace").read())
t(lambda: open("e.bin", errors="ignore").read())
t(lambda: open("e.bin", errors="backslashreplace").read())
t(lambda: open("e.bin", errors="surrogateescape").read())
t(lambda: open("e.bin", encoding="latin-1").read())
t(lambda: open("e.bin", encoding="ascii", errors="replace").readlines())
t(lambda: open("e.bin", encoding="ascii").read())
t(lambda: open("e.bin", errors="bogus").read())
t(lambda: open("e.bin", encoding="utf-8").encoding)
t(lambda: open("e.bin", encoding="latin1").encoding)
t(lambda: open("e.bin", encoding="Latin-1").read(3))
with open("w.txt", "w", encoding="ascii") as f:
    t(f.write, "abc")
    t(f.write, "é")
with open("w.txt", "w", encoding="ascii", errors="replace") as f:
    t(f.write, "aé€")
print(open("w.txt", "rb").read())
with open("w.txt", "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    t(f.write, "aé€")
print(open("w.txt", "rb").read())
with open("w.txt", "w", encoding="utf-8") as f:
    t(f.write, "x\udcff")
with open("w.txt", "w", encoding="utf-8", errors="surrogateescape") as f:
    t(f.write, "x\udcff")
print(open("w.txt", "rb").read())
with open("w.txt", "w", newline="\r") as f:
    f.write("a\nb\n")
print(open("w.txt", "rb").read(), open("w.txt").read().encode(), open("w.txt", newline="\r").readlines())
with open("w.txt", "w", newline="") as f:
    f.write("a\nb\r\nc\r")
print(open("w.txt", "rb").read())
f = open("w.txt")
print(sys.stdout.write("hey\n"), print("x", file=sys.stderr))
open("e2.bin", "wb").write(b"line1\nline2\nab\xffc\n")
try:
    for line in open("e2.bin"):
        print(repr(line))
except UnicodeDecodeError as e:
    print(e, e.start, e.end, len(e.object))
f = open("e2.bin", encoding="ascii")
try:
    print(f.readline())
except UnicodeDecodeError as e:
    print(e, e.start, e.end, len(e.object))
open("e3.bin", "wb").write(b"x" * 9000 + b"\n\xff\n")
try:
    n = 0
    for line in open("e3.bin"):
        n += 1
except UnicodeDecodeError as e:
    print(n, e, e.start, e.end, len(e.object))
with open("e3.bin") as f:
    f.seek(9001)
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, len(e.object))
open("e4.bin", "wb").write(("é" * 5000).encode() + b"\n\xff")
try:
    n = 0
    for line in open("e4.bin"):
        n += 1
except UnicodeDecodeError as e:
    print(n, e, e.start, e.end, len(e.object))
print(ascii(b"a\xff\xc3".decode("utf-8", "surrogateescape")), "x\udcff\udc80y".encode("utf-8", "surrogateescape"))
try:
    "a\ud800\udfffb".encode()
except UnicodeEncodeError as e:
    print(e)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"), "é\ud800".encode("utf-8", "backslashreplace"))
print(os.fsencode("a\udcff"), ascii(os.fsdecode(b"a\xff")))
os.chdir(os.path.dirname(tmp))
import shutil
shutil.rmtree(tmp)
