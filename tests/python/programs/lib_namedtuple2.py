# namedtuple: argument checking with CPython's messages, rename, defaults, module
_n = [0]
def T(f):
    # one probe per line: its value, or the exception it raised
    _n[0] += 1
    try:
        r = f()
    except BaseException as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(_n[0], repr(r))

from collections import namedtuple
P = namedtuple("P", "x y")
T(lambda: P(1)); T(lambda: P(1, 2, 3)); T(lambda: P(1, z=3)); T(lambda: P(1, 2, x=1)); T(lambda: namedtuple("S", "def x _y x", rename=True)._fields); T(lambda: namedtuple("S", "a _b")); T(lambda: namedtuple("S", "a a")); T(lambda: namedtuple("S", "a b", defaults=[1])()); T(lambda: P(1, 2)._replace(z=1)); T(lambda: P._make([1])); T(lambda: P.__doc__); T(lambda: repr(P)); T(lambda: P.x.__doc__); T(lambda: namedtuple("Q", "a", module="m").__module__)
