# traceback's stack functions and TracebackException, and f_globals of traceback frames.
import sys
import traceback


def f():
    return traceback.extract_stack()


def g():
    return f()


st = g()
print([(fs.name, fs.lineno, fs.line) for fs in st][-3:])
print("".join(traceback.format_stack(limit=1)).replace(__file__, "FILE"))


def h():
    for line in traceback.format_stack():
        print(line.replace(__file__, "FILE"), end="")


h()
print([ln for _, ln in traceback.walk_stack(sys._getframe())][:1])
try:
    {}["k"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()).replace(__file__, "FILE"))
    print(list(te.format_exception_only()), str(te), te.exc_type, len(te.stack))
    print(e.__traceback__.tb_frame.f_globals is globals(), "__name__" in e.__traceback__.tb_frame.f_globals)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
except ValueError as e:
    te = traceback.TracebackException(type(e), e, e.__traceback__)
    print("".join(te.format()).replace(__file__, "FILE"))
    print("".join(te.format(chain=False)).replace(__file__, "FILE"))
    print(te.__cause__.exc_type, te.__context__ is not None, te == te)
traceback.clear_frames(None)
