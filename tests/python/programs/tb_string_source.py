# tracebacks through exec/eval code ("<string>"): no source lines, as CPython has none for them
# (printed to stderr, where the test runner drops the script's folder from the path)
import sys
import traceback
try:
    exec("x = 1\n1/0")
except ZeroDivisionError:
    traceback.print_exc()
def f():
    return eval("undefined_thing + 1")
try:
    f()
except NameError as e:
    sys.stderr.write("".join(traceback.format_exception(e)))
exec("def g():\n    raise KeyError('k')\n")
g()
