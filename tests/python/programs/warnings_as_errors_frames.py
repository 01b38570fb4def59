# -W error: a warning raised as an error shows the caller's frames only (warnings is C code in
# CPython), also through traceback.format_exception
import warnings
def f():
    warnings.warn("careful", UserWarning)
def g():
    f()
try:
    g()
except UserWarning as e:
    print("caught", e)
def old(x):
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return x
def user():
    return old(1)
try:
    user()
except DeprecationWarning as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "F"))
class C:
    def m(self):
        warnings.warn("in method", RuntimeWarning)
C().m()
