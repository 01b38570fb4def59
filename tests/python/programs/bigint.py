def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30), len(str(fact(100))))
a = 2 ** 200
print(a, a // 3 ** 50, a % 1000007, -a // 7, -a % 7, hex(a))
print(pow(3, 200, 10 ** 9 + 7), (10 ** 30 + 1) * (10 ** 30 - 1))
print(int("123456789012345678901234567890") + 1, 10 ** 40 > 10 ** 39, abs(-(10 ** 25)))
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length(), x & 0xFFFF, x >> 100)
print(float(2 ** 80), 2 ** 80 / 3, (2 ** 80) * 1.5, int(1e20))
print(hash(10 ** 30) == hash(10 ** 30), 4611686018427387904, -4611686018427387905)
