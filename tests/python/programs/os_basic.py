import os
import os.path
from os.path import join, splitext
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir)
print(os.path.join("a", "b", "c.txt"), join("/x", "/abs", "y"), join("a/", "b"))
print(os.path.split("/usr/lib/python3/x.py"), os.path.split("file"), os.path.split("/"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("noext"), splitext("a.b/c"))
print(os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"), os.path.dirname("c"))
print(os.path.normpath("a//b/./c/../d/"), os.path.normpath("/../x"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/bin"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"))
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.isabs(here), os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here))
tmp = os.path.join(here, "_os_basic_tmp")
if os.path.exists(tmp):
    for root, dirs, files in os.walk(tmp, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(tmp)
os.makedirs(os.path.join(tmp, "sub", "deeper"))
os.makedirs(os.path.join(tmp, "sub"), exist_ok=True)
with open(os.path.join(tmp, "a.txt"), "w") as f:
    f.write("hello\n")
with open(os.path.join(tmp, "sub", "b.txt"), "w") as f:
    f.write("world!\n")
print(sorted(os.listdir(tmp)))
print(os.path.getsize(os.path.join(tmp, "sub", "b.txt")), os.stat(os.path.join(tmp, "a.txt")).st_size)
for root, dirs, files in os.walk(tmp):
    dirs.sort()
    print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
os.rename(os.path.join(tmp, "a.txt"), os.path.join(tmp, "c.txt"))
print(sorted(e.name for e in os.scandir(tmp)), [e.is_dir() for e in sorted(os.scandir(tmp), key=lambda e: e.name)])
try:
    os.mkdir(tmp)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.remove(os.path.join(tmp, "missing"))
except OSError as e:
    print(type(e).__name__, e.errno, isinstance(e, FileNotFoundError))
try:
    open(os.path.join(tmp, "nope", "x"))
except FileNotFoundError as e:
    print("open failed", e.errno)
os.remove(os.path.join(tmp, "c.txt"))
os.remove(os.path.join(tmp, "sub", "b.txt"))
os.rmdir(os.path.join(tmp, "sub", "deeper"))
os.rmdir(os.path.join(tmp, "sub"))
os.rmdir(tmp)
print(os.path.exists(tmp))
os.environ["WEFT_TEST_VAR"] = "42"
print(os.environ["WEFT_TEST_VAR"], os.getenv("WEFT_TEST_VAR"), os.getenv("NO_SUCH_VAR_X", "dflt"))
print("WEFT_TEST_VAR" in os.environ, os.environ.get("NO_SUCH_VAR_X"))
del os.environ["WEFT_TEST_VAR"]
print(os.getenv("WEFT_TEST_VAR"))
print(type(os.getpid()).__name__, os.getcwd() == os.path.abspath("."))
print(os.path.expanduser("~") == os.environ.get("HOME"), os.fspath("p"))
class P:
    def __fspath__(self):
        return "some/where"
print(os.fspath(P()), os.path.join(P(), "x"))
