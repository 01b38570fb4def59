def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(len(str(f100)), sum(int(d) for d in str(f100)), f100 % (10**9 + 7))
print(2 ** 1000 % 1000007, pow(3, 10**18, 10**9 + 9), (2**127 - 1) // 3**40)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, a.bit_length(), a % 2**64)
print(int("9" * 50) + 1, -(10**40) // 7, -(10**40) % 7, divmod(10**30, -(10**12) - 3))
print(hex(2**100), oct(3**50), bin(2**70 + 1)[:20], int(str(2**200)) == 2**200)
print((10**20) ** 3, 12345678901234567890 * 98765432109876543210, (-2) ** 101)
print(abs(-(2**80)), max(2**80, 3**50), sorted([2**65, -2**66, 0, 2**64]))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**50), isqrt(2 * 10**40))
import math
print(math.isqrt(10**50) == isqrt(10**50), math.gcd(fact(30), 2**40), math.comb(100, 50))
print(float(2**80), int(1e25), 2**80 / 3, (2**80) // 3 * 3 == 2**80 - 1)
