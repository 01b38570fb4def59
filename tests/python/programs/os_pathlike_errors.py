# OSError.filename is the path a PathLike stands for (its __fspath__), as in CPython.
import os
import pathlib
import tempfile

d = tempfile.mkdtemp()
base = os.path.basename(d)
p = pathlib.Path(d)
for arg in (d, p, os.fsencode(d)):
    try:
        os.mkdir(arg)
    except FileExistsError as e:
        print(type(e.filename).__name__, e.errno, str(e).replace(d, "D").replace(base, "B"))
missing = p / "missing"
for f in (os.stat, os.rmdir, os.unlink, os.listdir, open, os.chdir):
    try:
        f(missing)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.filename == str(missing), e.strerror)
os.rmdir(p)
print(os.path.exists(d))
