def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f", i)
    return i
print(g())
class Boom(Exception):
    def __init__(self):
        super().__init__("boom happened")
try:
    raise Boom
except Boom as e:
    print(repr(e), str(e))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"
t = thrower()
print(next(t), t.throw(ValueError("bad")))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def kw(a, *, b):
    pass
for call in (lambda: kw(1), lambda: kw(1, 2), lambda: kw(1, b=2, c=3), lambda: kw(b=1)):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise KeyError("inner")
    except KeyError as e2:
        print("inner", e2, type(e2.__context__).__name__)
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
errors = []
for v in ["1", "x", None, "3"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    try:
        raise TypeError("t")
    finally:
        print("cleanup runs")
except TypeError:
    print("caught after finally")
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    deep(n - 1)
try:
    deep(50)
except IndexError as e:
    print("deep", e)
try:
    def r(): r()
    r()
except RecursionError as e:
    print("recursion", e)
e = Exception("x")
print(e.args, str(e), repr(e), repr(Exception()), repr(ValueError(1, 2)))
