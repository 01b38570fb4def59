# CPython's own tempfile, shutil, glob (and os's fd calls) under weft: paths printed relative
import tempfile, shutil, glob, os
with tempfile.TemporaryDirectory() as top:
    for name in ("a.txt", "b.txt", "c.py"):
        with open(os.path.join(top, name), "w") as f:
            f.write(name * 3)
    os.mkdir(os.path.join(top, "sub"))
    shutil.copy(os.path.join(top, "a.txt"), os.path.join(top, "sub", "a2.txt"))
    print(sorted(os.path.relpath(p, top) for p in glob.glob(os.path.join(top, "*.txt"))))
    print(sorted(os.path.relpath(p, top) for p in glob.glob(os.path.join(top, "**"), recursive=True)))
    with open(os.path.join(top, "sub", "a2.txt")) as f:
        print(f.read())
    shutil.copytree(os.path.join(top, "sub"), os.path.join(top, "sub2"))
    print(sorted(os.listdir(os.path.join(top, "sub2"))))
    shutil.rmtree(os.path.join(top, "sub"))
    print(sorted(os.listdir(top)))
    fd, path = tempfile.mkstemp(suffix=".bin", dir=top)
    os.write(fd, b"hello")
    os.lseek(fd, 0, 0)
    print(os.read(fd, 10), os.fstat(fd).st_size, path.endswith(".bin"))
    os.close(fd)
    print(shutil.which("sh") is not None)
    print(os.path.exists(top))
print(os.path.exists(top))
