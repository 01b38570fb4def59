# A generator resumed inside its own except block sees its own exception (sys.exc_info(),
# bare raise, __context__); outside one, the exception of whoever resumed it.
import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
        try:
            raise
        except ValueError as e:
            yield repr(e)
    yield sys.exc_info()[0]

it = g()
print(next(it))
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
    print(next(it))
    print(next(it))
    print(sys.exc_info()[0])

def h():
    yield sys.exc_info()[0]
    try:
        1/0
    except ZeroDivisionError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
it = h()
print(next(it))
try:
    raise KeyError
except KeyError:
    print(next(it))
print(next(it))
try:
    raise TypeError
except TypeError:
    print(next(it))
    print(sys.exc_info()[0])
# throw into a generator suspended in its handler: context is the generator's exception
def k():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            yield 1
        except RuntimeError as e:
            yield repr(e.__context__)
it = k(); next(it)
try:
    raise KeyError("caller")
except KeyError:
    print(it.throw(RuntimeError("t")))
# raise inside handler after resume chains to the generator's exception
def m():
    try:
        raise ValueError("own")
    except ValueError:
        yield 1
        raise TypeError("new")
it = m(); next(it)
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(it)
    except TypeError as e:
        print(repr(e.__context__))

# after its handler ends, the generator sees the exception of its current caller
def n():
    try:
        raise ValueError("own")
    except ValueError:
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
it = n()
try:
    raise KeyError("first")
except KeyError:
    print(repr(next(it)))
try:
    raise IndexError("second")
except IndexError:
    print(repr(next(it)))

# try/finally without a handler, nested handlers, yield from
def inner():
    try:
        raise LookupError("inner")
    except LookupError:
        try:
            raise OSError("nested")
        except OSError:
            yield sys.exc_info()[1]
        yield sys.exc_info()[1]
def outer():
    try:
        yield from inner()
    finally:
        yield sys.exc_info()[1]
it = outer()
for tag in ("a", "b", "c"):
    try:
        raise NameError(tag)
    except NameError:
        print(repr(next(it)))

# contextmanager: an exception inside the with body, handled inside the generator
import contextlib
@contextlib.contextmanager
def cm():
    try:
        yield
    except ZeroDivisionError:
        print("cm caught", sys.exc_info()[0].__name__)
        yield_ok = True
    print("cm after", sys.exc_info()[0])
with cm():
    1 / 0
print("end", sys.exc_info())
