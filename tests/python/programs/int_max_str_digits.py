# The limit on decimal int <-> str conversions (4300 digits by default; CPython 3.11's guard
# against quadratic conversions), sys.set_int_max_str_digits / get_int_max_str_digits.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
big = 10 ** 4299
print(len(str(big)), len(str(-big)), len(repr(big)))
for make in (lambda: str(10 ** 4300), lambda: repr(-10 ** 4300), lambda: "%d" % 10 ** 5000,
             lambda: f"{10 ** 4300}", lambda: format(10 ** 4300, ","), lambda: "{:d}".format(7 ** 6000),
             lambda: int("1" * 4301), lambda: int("-" + "9" * 5000), lambda: int("1_" * 4300 + "1"),
             lambda: int("7" * 4301, 8 + 2)):
    try:
        r = make()
        print("ok", len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print("ValueError:", e)
# powers of two bases are not limited
x = 2 ** 20000
print(len(hex(x)), len(bin(x)), len(oct(x)), len(format(x, "x")), int("f" * 6000, 16).bit_length())
print(int("1" * 4300) % 1000, len(str(10 ** 4300 - 1)))
for bad in (1, 639, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 640)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 639)))
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 10000)), int("3" * 10000) % 7, sys.get_int_max_str_digits())
