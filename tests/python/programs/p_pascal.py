def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
tri = pascal(10)
width = len(" ".join(map(str, tri[-1])))
for r in tri:
    print(" ".join(map(str, r)).center(width))
print(sum(tri[-1]), tri[-1][4], [sum(r) for r in tri])
