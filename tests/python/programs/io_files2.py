import os
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "_io_files2.tmp")
with open(path, "w") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "line three\n"])
    print("fourth", 4, sep="-", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
with open(path, "a") as f:
    f.write("appended\n")
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:8], data.count(b"\n"))
with open(path, "wb") as f:
    f.write(bytes(range(65, 75)))
with open(path, "rb") as f:
    print(f.read(3), f.read(), f.read())
with open(path, "r", encoding="utf-8") as f:
    print(f.read(), f.closed)
print(f.closed)
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo wörld\n")
with open(path, encoding="utf-8") as f:
    print(f.read().strip(), os.path.getsize(path))
try:
    open(os.path.join(here, "no_such_dir_xyz", "f.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
f = open(path)
print(f.name.endswith("_io_files2.tmp"), f.mode)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(path)
print(os.path.exists(path))
