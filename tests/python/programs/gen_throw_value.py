# generator.throw(type, value) normalizes as CPython: an instance of the type is thrown as it is,
# a tuple gives the constructor's arguments, None no argument; contextmanager relies on it.
import contextlib


def g():
    try:
        yield 1
    except Exception as e:
        print("got", repr(e), type(e).__name__)
        yield 2


for args in [(KeyError, KeyError("k")), (KeyError("k2"),), (KeyError, "v"), (KeyError, ("a", "b")),
             (LookupError, KeyError("sub")), (KeyError, None), (KeyError, ValueError("v")),
             (KeyError, ())]:
    x = g()
    next(x)
    print(x.throw(*args))
for args in [(KeyError("a"), 1), (1,), ("s",)]:
    x = g()
    next(x)
    try:
        x.throw(*args)
    except TypeError as e:
        print("TypeError", e)


def outer():
    yield from g()


x = outer()
next(x)
print(x.throw(KeyError, KeyError("through yield from")))


@contextlib.contextmanager
def cm():
    try:
        yield
    finally:
        print("cleanup")


for exc in (KeyError("k"), ValueError("a", "b"), OSError(2, "No such file")):
    try:
        with cm():
            raise exc
    except Exception as e:
        print(repr(e), e is exc)
