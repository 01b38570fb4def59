# An exception thrown into a generator (gen.throw, contextmanager's __exit__) gets no
# __context__ from the exception its caller is handling, as in CPython; a fresh generator sees
# the caller's handled exception through sys.exc_info().
import contextlib
import sys


def h():
    yield sys.exc_info()[0]


try:
    raise IndexError
except IndexError:
    print(next(h()))


def ctx():
    try:
        yield 1
    except Exception as e:
        print("ctx got", repr(e), e.__context__)
        yield 2


gen = ctx()
next(gen)
try:
    raise TypeError("first")
except TypeError:
    print(gen.throw(ValueError("second")), sys.exc_info()[0])


@contextlib.contextmanager
def watcher():
    try:
        yield
    except KeyError as e:
        print("watcher saw", repr(e), "context:", repr(e.__context__))


err = KeyError("made earlier")
try:
    raise OSError("being handled")
except OSError:
    with watcher():
        raise err
print(sys.exc_info())
