# math.floor/ceil/trunc go through __floor__/__ceil__/__trunc__ (Fraction, Decimal, user
# classes); math functions take objects with __float__ or __index__, as CPython's.
import math
from decimal import Decimal as D
from fractions import Fraction as F


class X:
    def __floor__(self):
        return "fl"

    def __ceil__(self):
        return "ce"

    def __trunc__(self):
        return "tr"

    def __float__(self):
        return 2.5


class Y:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 4


class BadFloat:
    def __float__(self):
        return 1


class Z(float):
    pass


print(math.floor(X()), math.ceil(X()), math.trunc(X()), math.floor(Y()), math.ceil(Y()))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(math.floor(D("-2.5")), math.ceil(D("2.1")), math.trunc(D("-2.9")))
print(math.floor(Z(1.5)), math.trunc(Z(-1.5)), math.floor(True), math.ceil(False), math.floor(-0.5))
print(math.floor(10**30) == 10**30, math.ceil(1e300) > 0, math.floor(I()))
print(math.sqrt(Y()), math.sqrt(I()), math.exp(I()), math.isnan(Y()), math.hypot(3, I()))
for bad in ("x", None, Y()):
    for f in (math.floor, math.ceil, math.trunc):
        try:
            print(f(bad))
        except TypeError as e:
            print(f.__name__, e)
try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print(e)
try:
    math.ceil(float("nan"))
except ValueError as e:
    print(e)
print(round(F(7, 2)), round(D("2.5")), round(F(7, 3), 2), round(D("2.675"), 2))
