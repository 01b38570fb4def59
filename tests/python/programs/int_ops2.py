print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36), int("0o17", 8))
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (2**100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "big", signed=True))
print((-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfb", "big", signed=True))
print(pow(3, 200, 1000), pow(2, -1, 7), pow(7, 0, 1), pow(-3, 3), pow(2, 10))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3, -17 >> 2, (2**80) >> 75)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-17, 5), divmod(17, -5), divmod(2**70, 3))
print(abs(-2**65), -(2**63), 2**63 - 1 + 1, (10**30) // (10**15), (10**30) % 7)
print(int(3.99), int(-3.99), int(1e20), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (6).conjugate())
print(bin(-10), oct(64), hex(-255), format(255, "b"), format(-255, "#x"), format(10**20, ","))
print(10 ** 20 == 1e20, 2**53 + 1 == float(2**53 + 1), 1 == 1.0, hash(2**64) == hash(2**64 % (2**61 - 1)))
print(sorted([10**20, -5, 3, 2**64, -(2**70)]))
print(True + 1, True * 10, False - 1, int(True), str(True), 7 .__add__(3) if False else 10)
try:
    int("12a")
except ValueError as e:
    print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int.from_bytes(bytes(range(1, 20)), "little"))
x = 12345678901234567890
print(x * x, x // 7, x % 1000, -x // 3, x ** 3 % 99991, x.bit_length(), str(x)[::-1])
print(max(2**64, 2**64 + 1), min(-1, -(2**65)), sum(range(10**5)), 2 ** 0.5, 4 ** 0.5, 8 ** -1)
