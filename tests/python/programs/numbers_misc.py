print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, abs(-0.0), 1e-7, 123e-10, 1.5e300 * 1e10)
print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7 % -3, 2 ** -2, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2)
print(int("1010", 2) + int("ff", 16) + int("17", 8), 0b1111_0000 >> 4, 1 << 10)
print(float("1.5e3"), int(float("1e3")), str(1e3), str(10**3), 1000000.0, 1e6 == 10**6)
print(max(1, 2.5), min(-1, -1.0), type(max(1, 1.0)).__name__, sum([1, 2.0]), type(sum([1, 2])).__name__)
print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3), 10 % 3.5, round(-2.675, 2), round(1e15 + 0.5))
print(format(1234.5678, ".2f"), format(0.000123, ".2e"), format(123456789, ","), format(0.5, "%"), f"{1/3:.5}")
print(hex(2**64), oct(-8), bin(255)[2:].zfill(12), int("0x10", 0), int("-0b11", 0))
print(3 == 3.0, hash(3) == hash(3.0), isinstance(3, float), float(3).is_integer())
total = 0
for i in range(1, 101):
    total += 1 / i
print(round(total, 12), sum(1 / i for i in range(1, 101)) == total)
print(sorted([3, -1, 2.5, 0, -7.25]), sorted([1, True, 0.5, False]))
import math
print(math.floor(-0.5), math.ceil(0.5), round(0.5), round(1.5), round(2.5), int(2.9999), int(-2.9999))
