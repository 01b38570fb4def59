VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = []
    for v, s in VALUES:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total
nums = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(n) for n in nums])
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
def to_base(n, b):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" * neg + out
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(10**20, 36), 36) == 10**20)
