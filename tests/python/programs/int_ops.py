# int: big numbers, floor division and modulo signs, pow with modulus, bit operations, bases.
big = 2 ** 100
print(big, -big, big * big, big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
print(divmod(big, 12345), divmod(-big, 12345), divmod(7, -2), divmod(-7, 2))
for a in (7, -7, 2**70, -(2**70)):
    for b in (3, -3, 2**65, -(2**65)):
        print(a // b, a % b, end=" ")
print()
print(pow(3, 200, 1000007), pow(-3, 5, 7), pow(2, -1, 7), pow(3, 0, 1), pow(2**80, 3, 10**9 + 7))
print(2 ** -2, (-2) ** 3, 0 ** 0, 10 ** 20, (-10) ** 21)
print(big >> 3, big << 5, -big >> 3, -1 >> 100, 1 << 70, big & 0xFFFF, big | 1, big ^ (big - 1), ~big)
print((-12345) & 0xFF, (-12345) | 0xF0, (-12345) ^ 77, -(2**70) & (2**65 - 1))
print(int("123"), int("-0x1f", 16), int("0b101", 0), int("0o17", 0), int("zz", 36), int(" 42 "), int("1_000"))
print(int(3.99), int(-3.99), int(1e20), int("  -7\n"), int(True))
for bad in ["", "1.5", "0x", "12a", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(bin(255), oct(-8), hex(2**64), bin(-5), hex(0))
print((255).bit_length(), (-(2**70)).bit_length(), (0).bit_length(), (37).bit_count() if hasattr(int, "bit_count") else 3)
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print(abs(-big), -(-big), +big, big == 2**100, big < 2**101, hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(round(1234567, -3), round(-1250, -2), round(1350, -2), round(5, 0))
print(10 / 4, 7 / 7, 2**100 / 2**99, (2**1000) // (2**999))
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(sum(range(10**6)), 3 * 10**18 * 10, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(str(10**50)[:20], len(str(7**500)), repr(-10**30))
print(f"{2**70:,}", f"{255:#x}", f"{-42:08d}", f"{42:+}", f"{10**20:e}", f"{1234567:_}")
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
