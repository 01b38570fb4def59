# Float arithmetic and comparisons with int operands, as the interpreter's fast paths see them.
big = 2**53 + 1
f = float(2**53)
print(f == big, f < big, big > f, f + 1 == big, (2**53) == f)
print(1.5 + 2, 2 + 1.5, 3 * 0.5, 0.5 * 3, 7 / 2.0, 7.0 / 2, 1 - 0.25, 0.25 - 1)
print(-0.0 == 0, 0 == -0.0, 1e308 * 10, -1e308 * 10)
nan = float("nan")
print(nan < 1, nan == nan, nan != 1, 1 <= nan, nan > 2.0)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.5, -0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(10**20 * 1.5, 1.5 * 10**20, 10**20 / 4.0, 3.0 < 10**400, 10**400 > 3.0)
try:
    print(1.0 + 10**400)
except OverflowError as e:
    print("OverflowError:", e)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __lt__(self, other):
        return "F.__lt__"


print(F(1.0) + 2, F(1.0) + 2.0, F(1.0) < 2, 2.0 + F(1.0), True + 1.5, 1.5 * False)
x = 0.1
for i in range(5):
    x = x * 3 + i / 7
print(repr(x), x > 10, 10 < x, x >= x, x <= 1)
