import math
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 1e16, 123456789.123456789, 1.0e-320, 5e-324)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(1e300, -300))
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(float("1e3"), float("-inf"), float(" nan "), float("1_000.5"), float(7), float("3.14"))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-0.0), -0.0, 0.0 == -0.0)
print(7.5 // 2, 7.5 % 2, -7.5 % 2, -7.5 // 2, divmod(7.5, -2), 2.0 ** 10, 10.0 ** -2)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-1e400), 1e400)
nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan], float("inf") > 1e308)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(float("inf")))
print(max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10), math.fsum([0.1] * 10))
print(f"{1/7:.10f} {1e-10:.3e} {123.456:g} {0.0001:g} {1e-5:g} {12345678.9:g}")
print("%.3f %e %g %10.2f|%-10.1f|" % (math.pi, math.e, 1e-5, 3.14159, 2.5))
print(repr(1.1), str(1.1), repr(100.0), repr(1e22), repr(1.5e-5), repr(-0.0))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    float("abc")
except ValueError as e:
    print(e)
try:
    math.sqrt(-1)
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
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 0)
print(float.__name__, isinstance(1.0, float), type(1 / 2), 3 * 1.1, 0.1 * 3 == 0.3)
