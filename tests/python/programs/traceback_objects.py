# Traceback objects (__traceback__, sys.exc_info()[2], with_traceback, tb_frame/tb_lineno/
# tb_next) and the traceback module's formatting, which must match what python3 prints.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(x):
    # the expected output must not depend on where the tests live
    if isinstance(x, str):
        return x.replace(HERE, "")
    return [clean(i) for i in x]


class Out:
    def write(self, s):
        sys.stdout.write(clean(s))


out = Out()


def inner(n):
    return 10 // n


def outer(n):
    x = [1, 2]
    return inner(n) + x[0]


try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    while tb is not None:
        f = tb.tb_frame
        # f_lineno of the frame still running (the module's) is its current line: not shown
        print(f.f_code.co_name, tb.tb_lineno, f.f_lineno if tb.tb_next is None else "-")
        print(f.f_code.co_filename.endswith("traceback_objects.py"), tb.tb_lasti >= 0)
        tb = tb.tb_next
    print(sys.exc_info()[2] is not None, sys.exc_info()[2].tb_lineno)
    print(clean(traceback.format_exc()), end="")
    print(clean(traceback.format_exception(e)))
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exception(type(e), e, e.__traceback__, limit=1)))
    print(clean(traceback.format_exception(type(e), e, e.__traceback__, limit=-1)))
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), [(fs.name, fs.lineno, fs.line) for fs in s])
    print(clean(repr(s[0])), clean(list(s[1])), s[2].filename.endswith("traceback_objects.py"))
    print(clean(traceback.format_tb(e.__traceback__)))
    print(traceback.format_list([("a.py", 3, "f", "x = 1"), ("b.py", 4, "g", None)]))
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])
    traceback.print_exc(file=out)
    traceback.print_exception(e, file=out, limit=2)
    traceback.print_tb(e.__traceback__, file=out)

print(sys.exc_info(), clean(traceback.format_exc()), end="")
print(ValueError("fresh").__traceback__)


def reraise():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e


try:
    reraise()
except ValueError as e:
    print(clean(traceback.format_exc()), end="")
    print(clean("".join(traceback.format_exception(e, chain=False))), end="")
    saved = e.__traceback__

try:
    raise RuntimeError("again").with_traceback(saved)
except RuntimeError as e:
    print([t.tb_lineno for t, in [(x,) for x in [e.__traceback__, e.__traceback__.tb_next]]])
    print(clean(traceback.format_exc()), end="")

e2 = KeyError("x")
print(e2.with_traceback(None) is e2, e2.__traceback__)
try:
    e2.with_traceback(5)
except TypeError as err:
    print("TypeError:", err)
try:
    e2.__traceback__ = "no"
except TypeError as err:
    print("TypeError:", err)


def rec(n):
    return rec(n - 1) if n else 1 / 0


try:
    rec(6)
except ZeroDivisionError:
    print(clean(traceback.format_exc()), end="")
    lines = traceback.format_tb(sys.exc_info()[2])
    print(len(lines), clean(lines[-2]))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 3, "a b c\n", 1, 4))))
print(traceback.format_exception(None, None, None))
traceback.print_exc(file=out)
outer(0)
