values = [1, 2.5, True, 3 + 0j, 10**20, -7]
for v in values:
    print(type(v).__name__, v + 1, v * 2, v == 1)
print(1 + 2.0, 2 ** 0.5, 1 / 3 * 3 == 1, 10 // 3.0, 10 % 3.0, True / 2, 7 // True)
print(int(2.9) + float("1.1"), round(2.5) + round(3.5), complex(1) + 1.5, abs(-3 + 4j))
print(sorted([3, 1.5, True, -2, 2**40]), max(1, 1.0), min(1.0, 1), sum([1, 0.5, True]))
print(isinstance(True, int), isinstance(1, float), float(10**20) == 10**20, 10**20 + 0.0)
