"""The module's docstring is its __doc__, a class's its __doc__, a function's its first
constant (f-strings are not docstrings)."""
import sys


def f():
    "fdoc"
    return 1


async def g():
    """gdoc"""


class C:
    """cdoc"""

    def m(self):
        """mdoc"""

    class Inner:
        "idoc"
        x = 1


print(__doc__, f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C.Inner.__doc__, C.Inner.x)
print(__debug__, sys.flags.optimize, f.__code__.co_consts[0])
try:
    assert False, "boom"
    print("no assert")
except AssertionError as e:
    print("assert", e)
ns = {}
exec('"""exec doc"""\nx = 1', ns)
print(ns.get("__doc__"), ns["x"])
print(f"{'not a docstring'}")


def h():
    f"""not {1} a docstring"""


print(h.__doc__)
