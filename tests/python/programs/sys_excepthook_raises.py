# A sys.excepthook that raises: CPython reports the hook's exception, then the original one.
import sys


def hook(tp, value, tb):
    print("in hook", tp.__name__)
    raise RuntimeError("hook failed")


sys.excepthook = hook
raise ValueError("original")
