# int and float carry CPython's __round__, __floor__, __ceil__, __trunc__, __divmod__ and
# __rdivmod__ (callable directly, through super() in subclasses, and what round()/math/divmod
# use for subclasses); bool's numerator/real are ints; functions' __globals__; bytearray.rindex.
import math

for expr in ["(7).__round__()", "(7).__round__(-1)", "(15).__round__(-1)", "(2.5).__round__()",
             "(3.5).__round__()", "(2.567).__round__(2)", "(2.5).__round__(None)",
             "(1e300).__round__(-400)", "(7).__floor__()", "(7.5).__floor__()",
             "(-7.5).__ceil__()", "(-7.5).__trunc__()", "True.__floor__()", "(7).__divmod__(2)",
             "(7.5).__divmod__(2)", "(7).__rdivmod__(2)", "(7).__divmod__(2.0)",
             "(7).__divmod__('x')", "int.__round__(5)", "float.__round__(2.5, 0)",
             "True.numerator", "True.real", "False.denominator", "(2.5).real", "(5).imag",
             "bool.__floor__(True)", "(float('inf')).__floor__()", "(float('nan')).__round__()",
             "(2.5).__round__(1.5)", "int.__trunc__(True)"]:
    try:
        print(expr, "=>", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class MyFloat(float):
    pass


class Money(float):
    def __round__(self, n=None):
        return "rounded " + repr(super().__round__(n))


class MyInt(int):
    def __divmod__(self, other):
        return ("mine",) + super().__divmod__(other)


print(round(MyFloat(2.5)), round(MyFloat(2.567), 2), type(round(MyFloat(2.5), 1)).__name__)
print(round(Money(2.5)), round(Money(2.567), 1))
print(math.floor(MyFloat(-1.5)), math.ceil(MyFloat(1.2)), math.trunc(MyFloat(-1.9)))
print(divmod(MyInt(7), 2), divmod(7, MyInt(2)), divmod(MyFloat(7.5), 2))


def f():
    return 1


print(f.__globals__ is globals(), (lambda: 0).__globals__["__name__"], hasattr(len, "__globals__"))
b = bytearray(b"abcabc")
print(b.rindex(b"b"), b.rindex(99), b.rindex(b"a", 0, 3))
try:
    b.rindex(b"z")
except ValueError as e:
    print(e)
