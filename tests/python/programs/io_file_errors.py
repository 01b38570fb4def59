# open() and file objects against python3: closing by with/drop, attributes, wrong-direction and
# wrong-type operations, seek/whence errors, open() argument errors, readinto/peek/read1,
# reprs, detach, x/a+ modes, an unknown errors= handler only looked up at an error.
import gc
import os
import tempfile

os.chdir(tempfile.mkdtemp())
def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)
with open("a", "w") as f:
    f.write("x\ny\n")
# with/del closing
def leak():
    f = open("a")
    return f.fileno()
fd = leak(); gc.collect()
show("fd closed after drop", lambda: os.fstat(fd) and "open")
f = open("a"); g = f
with f: pass
show("closed after with", lambda: (f.closed, g.closed))
show("with on closed", lambda: f.__enter__())
show("iter closed", lambda: next(iter(f)))
show("attrs", lambda: (f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.newlines))
f = open("a", "rb")
show("binary attrs", lambda: (f.name, f.mode, f.raw.mode, f.closed))
f.close()
show("write to r", lambda: open("a").write("z"))
show("read from w", lambda: open("b", "w").read())
show("read from wb", lambda: open("b", "wb").read())
show("read from a", lambda: open("b", "a").read())
show("readline from wb raw", lambda: open("b", "wb", buffering=0).readline())
show("write str to wb", lambda: open("b", "wb").write("s"))
show("write bytes to w", lambda: open("b", "w").write(b"s"))
show("write int", lambda: open("b", "w").write(3))
show("seek text neg", lambda: open("a").seek(-1))
show("seek text cur", lambda: open("a").seek(1, 1))
show("seek text end", lambda: open("a").seek(1, 2))
show("seek text whence 3", lambda: open("a").seek(0, 3))
show("seek bin", lambda: open("a", "rb").seek(-1, 2))
show("seek bin neg", lambda: open("a", "rb").seek(-5))
show("seek bin whence", lambda: open("a", "rb").seek(0, 7))
show("truncate r", lambda: open("a").truncate())
show("fileno", lambda: type(open("a").fileno()).__name__)
show("open dir", lambda: open("."))
show("open missing", lambda: open("nope/x"))
show("open bad mode", lambda: open("a", "rw"))
show("open mode U", lambda: open("a", "U"))
show("open mode rt+", lambda: open("a", "rt+").read())
show("open encoding bin", lambda: open("a", "rb", encoding="utf-8"))
show("open newline bad", lambda: open("a", newline="x"))
show("open buffering text 0", lambda: open("a", buffering=0))
show("open closefd name", lambda: open("a", closefd=False))
show("open bad encoding", lambda: open("a", encoding="nope"))
show("open bad errors", lambda: open("a", errors="nope").read())
show("open int", lambda: open(os.open("a", os.O_RDONLY)).read())
show("open float", lambda: open(1.5))
show("readinto", lambda: (lambda b: (open("a", "rb").readinto(b), bytes(b)))(bytearray(3)))
show("readinto raw", lambda: (lambda b: (open("a", "rb", buffering=0).readinto(b), bytes(b)))(bytearray(10)))
show("peek", lambda: open("a", "rb").peek(1)[:1])
show("read1", lambda: open("a", "rb").read1(2))
show("read(-1) text", lambda: open("a").read(-1))
show("read(None) text", lambda: open("a").read(None))
show("read('1')", lambda: open("a").read("1"))
show("readline(None)", lambda: open("a").readline(None))
show("readline('x')", lambda: open("a").readline("x"))
show("isatty", lambda: open("a").isatty())
show("repr text", lambda: repr(open("a")).replace(os.getcwd(), "D"))
show("repr bin", lambda: repr(open("a", "rb")).replace(os.getcwd(), "D"))
show("repr raw", lambda: repr(open("a", "rb", buffering=0)).replace(os.getcwd(), "D"))
show("detach", lambda: type(open("a").detach()).__name__)
show("x mode", lambda: open("a", "x"))
show("xb mode new", lambda: open("new", "xb").write(b"1"))
show("a+ read", lambda: (lambda f: (f.write("z"), f.seek(0), f.read()))(open("a", "a+")))
