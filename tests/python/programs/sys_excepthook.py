# An uncaught exception goes to sys.excepthook (type, value, traceback); sys.__excepthook__ is
# the default, which prints the traceback.
import sys


def hook(tp, value, tb):
    print("hook:", tp.__name__, value, type(tb).__name__, tb.tb_lineno)
    print("default is __excepthook__:", sys.excepthook is hook, sys.__excepthook__ is not hook)
    sys.__excepthook__(tp, value, tb)


sys.excepthook = hook
print("before")


def f():
    raise KeyError("missing")


f()
