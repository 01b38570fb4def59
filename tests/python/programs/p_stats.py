data = [2, 4, 4, 4, 5, 5, 7, 9, 12, 3.5]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / n
s = sorted(data)
median = (s[n // 2 - 1] + s[n // 2]) / 2 if n % 2 == 0 else s[n // 2]
from collections import Counter
mode = Counter(data).most_common(1)[0][0]
print(round(mean, 4), round(var, 4), round(var ** 0.5, 4), median, mode, min(data), max(data))
def percentile(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)
print([round(percentile(data, p), 3) for p in (0, 25, 50, 75, 100)])
xs = list(range(10))
ys = [2 * x + 1 + (0.5 if x % 2 else -0.5) for x in xs]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(round(slope, 6), round(my - slope * mx, 6))
