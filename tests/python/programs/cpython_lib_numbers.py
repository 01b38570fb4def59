# CPython's own fractions, decimal (_pydecimal), statistics and numbers under weft
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation
import statistics, numbers
f = Fraction(3, 4) + Fraction(1, 6)
print(f, repr(f), f.numerator, f.denominator, float(f), Fraction("1.25"), Fraction(0.5))
print(Fraction(22, 7).limit_denominator(5), Fraction(1, 3) ** 2, round(Fraction(7, 2)))
print(Decimal("1.10") + Decimal("2.20"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal(0.1))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3))
print(getcontext().prec, Decimal("1e3").normalize(), Decimal("-0"), Decimal("NaN").is_nan())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print(sorted([Decimal("1.5"), Decimal("0.2")]), Decimal("1.5") == 1.5, hash(Decimal(2)) == hash(2))
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.pstdev(data), statistics.variance(data), statistics.median_low([1, 3, 5, 7]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2, 3, 4]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.harmonic_mean([1, 2, 4]))
print(isinstance(3, numbers.Integral), isinstance(1.5, numbers.Rational),
      isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Number))
