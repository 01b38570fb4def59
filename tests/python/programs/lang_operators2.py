a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, ~a)
print(a & b, a | b, a ^ b, a << 2, a >> 2, a == b, a != b, a < b, a >= b)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 50; x <<= 2; x >>= 1; x |= 1; x &= 0xFF; x ^= 0b11
print(x)
s = "ab"
s *= 3
s += "!"
print(s)
l = [1]
l *= 3
l += [2]
print(l)
print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, (-2) ** 2, 10 - 5 - 2, 2 ** 3 ** 2, 100 / 10 / 5, 7 // 2 * 2)
print(not True or True, not (True or True), True and not False, 1 < 2 == 2 > 1, "a" * 0 == "")
print(3 in [1, 2, 3] and 4 not in {1: 2}, None is None is not False, [] == [] is not None)
print(1 if 0 else 2 if 0 else 3, (1, 2) + (3,), [1, 2] * 2, "%d%%" % 50)
