# Exceptions: hierarchy, context/cause, finally ordering, else, re-raise, custom classes, args.
def f(n):
    try:
        if n == 0: raise ValueError("zero")
        if n == 1: raise KeyError("one")
        if n == 2: return "returned"
        r = 10 // (n - 3)
    except ValueError as e:
        print("ValueError", e)
        return "from except"
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    else:
        print("else", r)
        return "from else"
    finally:
        print("finally", n)
for n in range(5):
    try:
        print(f(n))
    except ZeroDivisionError as e:
        print("outer", e, type(e).__mro__[1].__name__)
def ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
try:
    ctx()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise ValueError("b") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self): return "AppError[%d]: %s" % self.args
class SubError(AppError): pass
try:
    raise SubError(7, "bad")
except AppError as e:
    print(e, e.args, e.code, isinstance(e, Exception), type(e).__name__)
e = Exception("x", 2)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception("one")), str(KeyError("k")), str(KeyError()))
print(repr(ValueError()), BaseException.__subclasses__ is not None, issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
print([c.__name__ for c in ZeroDivisionError.__mro__])
def reraiser():
    try:
        raise IndexError("orig")
    except IndexError:
        print("handling")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised", e)
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())
try:
    raise ValueError
except ValueError as e:
    print(type(e), e.args)
err = None
try:
    raise KeyError(1)
except KeyError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("assert args:", e.args)
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with CM() as c:
    raise KeyError("suppressed")
print("after suppressed")
try:
    with CM():
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated", e)
with CM() as a, CM() as b:
    print("two managers", a is not b)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)]) if False else OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e, e.args)
try:
    int("x")
except Exception as e:
    print(type(e).__name__, e)
import sys
try:
    raise RuntimeError("info")
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
def gen_exc():
    try:
        yield 1
    finally:
        print("gen cleanup")
for x in gen_exc():
    pass
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)
class WithNotes(Exception): pass
e = WithNotes("n")
e.add_note("a note")
print(e.__notes__)
