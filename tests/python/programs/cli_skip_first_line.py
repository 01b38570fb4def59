this first line is not Python: -x skips it
import sys
print("second line runs", sys.argv[1:])


def f():
    raise ValueError("line numbers are the file's")


f()
