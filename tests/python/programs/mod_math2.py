import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan)
print(math.sqrt(2), math.isqrt(99), math.pow(2, 0.5), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.9), math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(48, 36, 12), math.lcm(4, 6, 10), math.prod([1, 2, 3, 4]), math.prod([], start=5))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fsum([1e100, 1.0, -1e100]), math.isfinite(1e308), math.isinf(math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.erf(0.5), math.erfc(0.5), math.gamma(5))
print(math.nextafter(1.0, 2.0) - 1.0, math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.isqrt(-4)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
print(math.floor(10**20 + 0.5) == 10**20, type(math.floor(2.5)).__name__, math.ceil(-0.5), math.sqrt(16) == 4)
print(sum(math.sin(i) ** 2 + math.cos(i) ** 2 for i in range(10)))
