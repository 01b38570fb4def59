# the standard library over open()'s files: csv (newline=""), json.load/dump, pathlib read/write,
# tempfile (TemporaryFile, NamedTemporaryFile), os.fdopen, gzip text mode, codecs.open, shutil,
# next() of a file, readinto a bytearray or memoryview
import csv, json, os, tempfile, pathlib, io, shutil, gzip, codecs
d = tempfile.mkdtemp()
p = os.path.join(d, "a.csv")
with open(p, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["a", "b,c", 'd"e'])
    w.writerow([1, 2.5, None])
with open(p, newline="") as f:
    print(list(csv.reader(f)))
print(open(p, "rb").read())
j = os.path.join(d, "x.json")
with open(j, "w") as f:
    json.dump({"k": [1, 2, "é"]}, f)
with open(j) as f:
    print(json.load(f))
pp = pathlib.Path(d) / "t.txt"
print(pp.write_text("hello\nworld\n"), pp.read_text().splitlines(), pp.read_bytes())
with pp.open("a") as f:
    f.write("more\n")
print(pp.read_text())
with tempfile.TemporaryFile("w+") as t:
    t.write("temp data\n")
    t.seek(0)
    print(repr(t.read()), t.mode)
with tempfile.NamedTemporaryFile("w+b", suffix=".bin") as t:
    t.write(b"\x00\x01")
    t.flush()
    print(os.path.getsize(t.name), type(t.file).__name__)
fd = os.open(os.path.join(d, "fd.txt"), os.O_WRONLY | os.O_CREAT)
with os.fdopen(fd, "w") as f:
    print(f.write("via fdopen"), f.name == fd)
print(open(os.path.join(d, "fd.txt")).read())
gz = os.path.join(d, "z.gz")
with gzip.open(gz, "wt") as f:
    f.write("compressed text\n")
with gzip.open(gz, "rt") as f:
    print(repr(f.read()))
with codecs.open(p, "r", "utf-8") as f:
    print(f.readline().strip())
shutil.copyfile(p, p + ".copy")
print(open(p + ".copy").read() == open(p).read())
with open(p) as f:
    print(sum(1 for _ in f), f.closed)
with open(p, "rb") as f:
    data = bytearray(5)
    print(f.readinto(data), data)
    mv = memoryview(bytearray(3))
    print(f.readinto(mv), bytes(mv))
print(sorted(os.listdir(d)))
f = open(p)
print(next(f), next(iter(f)), end="")
f.close()

shutil.rmtree(d)
