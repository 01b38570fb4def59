# -O (cli_optimize.flags): assert statements are compiled out, __debug__ is False,
# sys.flags.optimize counts the O's; code compiled later (exec, eval) is optimized too
import sys

assert False, "not compiled under -O"
print("__debug__", __debug__, "optimize", sys.flags.optimize)
if __debug__:
    print("debug branch")
else:
    print("optimized branch")
exec("assert 1 == 2\nprint('exec ran past its assert')")


def f(x):
    assert x > 0, "x must be positive"
    return -x


print(f(-3))
try:
    raise AssertionError("raised explicitly still works")
except AssertionError as e:
    print("caught:", e)
