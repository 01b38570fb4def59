# A finalizer that stores its object somewhere brings it back (PEP 442); __del__ still runs at
# most once per object. An exception in __del__ is reported, never raised to anyone.
import gc
import sys

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("phoenix")
del p
gc.collect()
print("saved:", [s.name for s in saved])
saved[0].name = "phoenix again"
saved.clear()
gc.collect()
print("no second __del__; saved:", saved)


class Boom:
    def __del__(self):
        raise ValueError("boom in __del__")


# the report goes through sys.unraisablehook
def hook(unraisable):
    print("hook:", unraisable.exc_type.__name__, unraisable.exc_value,
          unraisable.object.__qualname__, unraisable.err_msg)
    print("traceback is a traceback:", type(unraisable.exc_traceback).__name__)


sys.unraisablehook = hook
b = Boom()
del b
gc.collect()
print("after the hook")


sys.unraisablehook = sys.__unraisablehook__


# the default report: "Exception ignored in: <repr>" and the traceback on stderr (a callable
# object as __del__, so that the repr printed has no address in it)
class Raiser:
    def __call__(self):
        raise RuntimeError("raised by a callable __del__")

    def __repr__(self):
        return "<Raiser>"


class WithCallable:
    __del__ = Raiser()


w = WithCallable()
del w
gc.collect()
print("the program goes on")


# __del__ run by gc.collect() inside an except block
class Quiet:
    def __del__(self):
        print("quiet del, exc_info:", sys.exc_info()[0])


try:
    raise KeyError("outer")
except KeyError:
    q = Quiet()
    del q
    gc.collect()
    print("still handling:", sys.exc_info()[0].__name__)
print("end")
