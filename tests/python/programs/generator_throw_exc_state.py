# gen.throw while the generator runs outside its handlers: the thrown exception gets no
# __context__ (in the generator or in the caller it reaches), and the generator sees the
# caller's exception in sys.exc_info() once its own handler ends.
import sys
def g():
    try:
        yield 1
    except ValueError:
        print("in handler", sys.exc_info()[0])
    print("after handler", sys.exc_info()[0])
    yield 2
    print("resumed", sys.exc_info()[0])
    yield 3

it = g(); next(it)
try:
    raise KeyError("outer")
except KeyError:
    print(it.throw(ValueError))
    print("caller", sys.exc_info()[0])
    print(next(it))
print(sys.exc_info()[0])

def h():
    yield 1
    print("h resumed", sys.exc_info()[0])
    yield 2
it = h(); next(it)
try:
    raise KeyError
except KeyError:
    try:
        it.throw(ValueError)
    except ValueError:
        print("caught", sys.exc_info()[0])
    print("after", sys.exc_info()[0])

def k():
    while True:
        try:
            yield
        except ValueError:
            pass
        print("k", sys.exc_info()[0])
it = k(); next(it)
try:
    raise KeyError
except KeyError:
    it.throw(ValueError)
    it.send(None)
def g():
    try:
        yield 1
    except ValueError as e:
        print("ctx", repr(e.__context__))
    yield 2
it = g(); next(it)
try:
    raise KeyError("outer")
except KeyError:
    it.throw(ValueError)
def h():
    yield 1
it = h(); next(it)
try:
    raise KeyError("outer")
except KeyError:
    try: it.throw(ValueError)
    except ValueError as e: print("ctx2", repr(e.__context__))

# caught by the caller, then raised again inside a handler: chained then
def m():
    yield 1
it = m(); next(it)
try:
    it.throw(ValueError("v"))
except ValueError as e:
    saved = e
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise saved
except ValueError as e:
    print("chained", repr(e.__context__))
