# CPython's pathlib and tempfile over weft: pure paths, real files in a temporary folder,
# NamedTemporaryFile/TemporaryFile (open() of a descriptor and with an opener), os.utime,
# os.statvfs and shutil.disk_usage.
import os
import pathlib
import shutil
import tempfile

p = pathlib.PurePosixPath("/usr/lib/python3.11/os.py")
print(p.name, p.suffix, p.stem, p.parent, p.parts[:3], p.is_absolute())
print(pathlib.PurePath("a/b") / "c.txt", p.with_suffix(".pyc").name, p.relative_to("/usr"))
print(repr(pathlib.PurePosixPath("x", "y", "../z")), pathlib.PurePosixPath("a/b.tar.gz").suffixes)
print(pathlib.PurePosixPath("a/b").match("*/b"), sorted([pathlib.PurePath("b"), pathlib.PurePath("a")]))
print(isinstance(p, os.PathLike), os.fspath(p), issubclass(pathlib.PurePath, os.PathLike))
print(property(lambda s: 1, doc="about").__doc__)
prop = property(lambda s: 1)
prop.__doc__ = "set later"
print(prop.__doc__)

with tempfile.TemporaryDirectory() as d:
    base = pathlib.Path(d)
    q = base / "x.txt"
    print(q.write_text("hello\n"), q.read_text(), q.exists(), q.is_file(), q.is_dir())
    (base / "sub").mkdir()
    (base / "sub" / "y.py").write_bytes(b"print(1)\n")
    print(sorted(x.name for x in base.iterdir()), [x.name for x in base.glob("**/*.py")])
    print(q.stat().st_size, q.with_name("z.txt").exists())
    q.rename(base / "z.txt")
    print(sorted(x.relative_to(base).as_posix() for x in base.rglob("*")))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt") as f:
        f.write("abc")
        f.seek(0)
        print(f.read(), os.path.exists(f.name), f.name.endswith(".txt"))
        name = f.name
    print(os.path.exists(name))
    with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
        f.write(b"kept")
    print(open(f.name, "rb").read())
    with tempfile.TemporaryFile() as tf:
        tf.write(b"xyz")
        tf.seek(0)
        print(tf.read())
    fd = os.open(os.path.join(d, "fd.txt"), os.O_WRONLY | os.O_CREAT, 0o600)
    with open(fd, "w") as g:
        g.write("via fd")
    print(open(os.path.join(d, "fd.txt")).read())
    z = base / "z.txt"
    os.utime(z, (1000000000, 1000000000))
    print(os.stat(z).st_mtime)
    os.utime(z, ns=(2000000000123456789, 2000000000123456789))
    print(os.stat(z).st_mtime_ns // 1000)
    os.utime(z)
    print(os.stat(z).st_mtime > 2000000000 - 10**9)
    print(shutil.disk_usage(d).total > 0, os.statvfs(d).f_bsize > 0, len(os.statvfs(d)))
    try:
        open(-1)
    except ValueError as e:
        print("ValueError:", e)
