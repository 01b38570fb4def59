# float: repr (shortest round trip), str, formatting, special values, arithmetic corners.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
        1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 100.0, 3.0,
        1e22, 1e23, 9.999999999999999e22, 0.30000000000000004, 123.456, 2.5, -1.25e-10]
for v in vals:
    print(repr(v), str(v), "%s" % v, "%r" % v, "%g" % v, "%.3f" % v, "%e" % v, format(v, ".10g"))
print(float("inf"), float("-inf"), float("nan"), float("  1.5 "), float("1e3"), float("-.5"), float("1_0.5"))
print(float("infinity"), float("-Infinity"), float("NaN") != float("nan"))
inf = float("inf")
print(inf - inf, inf * 0, -inf, inf > 1e308, 1e308 * 10)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.5), round(1e20))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.0 % 2, divmod(7.5, 2), divmod(-7.5, 2), 2.0 ** 0.5, (-8.0) ** (1/3) if False else 0)
print(1.0.is_integer(), 1.5.is_integer(), (0.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int(1.9999999999999999), float(10**20), float(2**63), 2**53 + 1.0, 1e300 * 1e10)
print(abs(-2.5), -2.5 == -2.5, 0.1 * 3 == 0.3, 1.0 == 1, hash(1.0) == hash(1), hash(0.5), hash(-1.0))
print(min(0.1, 0.2), max(1, 2.5), sum([0.1] * 10), 3 * 1.1)
print(f"{3.14159:.2f} {2.5:08.3f} {1e-7:g} {12345.678:,.2f} {0.5:%} {1.0:.0e} {-0.0:+}")
print("%5.1f|%-8.2f|%+.0f|%010.4f" % (3.14159, 2.5, 2.5, -3.5))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), (1.5).real, (1.5).imag, (1.5).conjugate())
