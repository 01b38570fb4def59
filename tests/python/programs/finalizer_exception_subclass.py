# __del__ on exception classes: raised and caught, subclasses, BaseException.__new__, resurrection
# (called once), an exception inside __del__ (to sys.unraisablehook).
import gc
class E(Exception):
    def __del__(self):
        print("del E", self.args)
class F(E):
    pass
def f():
    try:
        raise E("raised")
    except E as e:
        print("caught", e)
f()
gc.collect()
x = F("sub", 2)
del x
gc.collect()
e = E.__new__(E, "via new")
del e
gc.collect()
class R(Exception):
    def __del__(self):
        global saved
        saved = self
        print("resurrect", self)
r = R("r")
del r
gc.collect()
print("saved", saved)
del saved
gc.collect()
import sys
sys.unraisablehook = lambda u: print("unraisable", type(u.exc_value).__name__, u.exc_value, u.object.__qualname__)


class G(Exception):
    def __del__(self):
        raise ValueError("in del")
g = G()
del g
gc.collect()
print("end")
