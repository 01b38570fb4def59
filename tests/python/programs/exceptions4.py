class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class DbError(AppError):
    pass
try:
    raise DbError(500, "db down")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
def chain():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("g finally")
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("h body", i)
        finally:
            print("h finally", i)
h()
try:
    raise TypeError("multiple")
except (ValueError, TypeError) as e:
    print("caught", type(e).__name__)
try:
    try:
        raise KeyError("inner")
    finally:
        print("cleanup inner")
except KeyError as e:
    print("outer got", e)
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError))
print([c.__name__ for c in KeyError.__mro__], BaseException.__subclasses__().__class__.__name__)
print(Exception("a", 1).args, str(Exception()), repr(ValueError("v")), str(KeyError("k")), repr(KeyError()))
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value, s.args)
ex = ValueError("with note")
ex.add_note("extra info")
print(ex.__notes__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as a:
    print("AssertionError:", a)
try:
    assert False
except AssertionError as a:
    print(repr(a))
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise CustomStr()
except Exception as c:
    print(c, repr(c))
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        raise
try:
    reraise()
except IndexError as r:
    print("reraised", r)
import sys
try:
    raise OSError(2, "No such file", "x.txt")
except OSError as o:
    print(o, o.errno, o.strerror, o.filename, type(o).__name__)
try:
    int("x")
except Exception:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
