def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught", e)
        return None
    finally:
        print("finally")
print(div(1, 2), div(1, 0))
class MyError(Exception):
    pass
class ValErr(MyError):
    def __init__(self, v):
        super().__init__(f"bad value {v}")
        self.v = v
try:
    raise ValErr(5)
except MyError as e:
    print(type(e).__name__, e, e.v, e.args)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("converted")
except ValueError as e:
    print(e, type(e.__context__).__name__)
try:
    raise RuntimeError("x") from KeyError("k")
except RuntimeError as e:
    print(e, repr(e.__cause__))
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
def gen():
    raise StopIteration
try:
    next(iter([]))
except StopIteration:
    print("stop")
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
print(x)
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as c:
    print("inside", type(c).__name__)
    raise ValueError("suppressed")
print("after with")
try:
    with Ctx():
        pass
finally:
    print("done")
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("outer caught")
nested()
try:
    raise
except RuntimeError as e:
    print(e)
e = None
try:
    1/0
except ZeroDivisionError as err:
    e = err
print(type(e).__name__)
print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError))
