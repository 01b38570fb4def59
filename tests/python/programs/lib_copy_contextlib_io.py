# copy (copy/deepcopy, memo and cycles, __copy__/__deepcopy__), contextlib (contextmanager,
# suppress, redirect_stdout, ExitStack, nullcontext, closing, as a decorator), io.StringIO/BytesIO,
# warnings (default filters, once per location, catch_warnings(record=True), "error"),
# print() following a replaced sys.stdout
import copy, contextlib, io, warnings, sys
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, nullcontext, closing
class Pt:
    def __init__(self, x, l): self.x = x; self.l = l
    def __repr__(self): return f"Pt({self.x}, {self.l})"
a = Pt(1, [1, [2]])
b = copy.copy(a); c = copy.deepcopy(a)
a.l[1].append(3)
print(b, c, b.l is a.l, c.l is a.l)
d = {"k": [1, 2], "t": (1, [2])}
e = copy.deepcopy(d); d["k"].append(9); d["t"][1].append(8); print(e, copy.copy([1, [2]]))
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc is not cyc)
class Custom:
    def __init__(self): self.v = 1
    def __copy__(self): print("copy hook"); return Custom()
    def __deepcopy__(self, memo): print("deepcopy hook"); return Custom()
copy.copy(Custom()); copy.deepcopy([Custom()])
from collections import namedtuple, OrderedDict, Counter
P = namedtuple("P", "a b")
print(copy.deepcopy(P(1, [2])), copy.copy(OrderedDict(a=1)), copy.deepcopy(Counter("aab")), copy.copy({1, 2}))
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as ex:
    print("caught", ex)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    raise KeyError("x")
with suppress(ZeroDivisionError):
    1 / 0
print("after suppress")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
with nullcontext(5) as v: print(v)
class R:
    def close(self): print("closed")
with closing(R()): pass
@tag("deco")
def fn(): print("in fn")
fn()
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.seek(0), list(s))
s = io.StringIO(); s.write("hello"); s.seek(1); s.write("EY"); print(s.getvalue(), s.tell()); s.truncate(2); print(s.getvalue())
bio = io.BytesIO(b"abc"); bio.seek(0, 2); bio.write(b"de"); print(bio.getvalue(), bio.read(), bio.seek(0), bio.read(2))
try: io.StringIO().write(b"x")
except TypeError as ex: print(ex)
print(sys.stdout.write("direct\n"))
print("x", file=io.StringIO())
warnings.warn("careful")
warnings.warn("careful")
def old(): warnings.warn("old api", DeprecationWarning, stacklevel=2)
old()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1"); warnings.warn("rec2", RuntimeWarning)
print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter("error")
try: warnings.warn("now an error")
except UserWarning as ex: print("raised", ex)
