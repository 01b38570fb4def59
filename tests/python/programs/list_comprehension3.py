matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [r[::-1] for r in matrix][::-1])
print([x for row in matrix for x in row if x % 2 == 0], sum(sum(r) for r in matrix))
print([(x, y) for x in range(3) for y in range(3) if x < y], [[0] * 2 for _ in range(2)])
words = ["Hello", "World", "python", "rocks"]
print([w.lower() for w in words if w[0].isupper()], [len(w) for w in words], {w: len(w) for w in words})
print([i if i % 2 else -i for i in range(6)], [c for c in "a1b2c3" if c.isalpha()])
print([[y * x for y in range(1, 4)] for x in range(1, 4)])
pairs = [(a, b) for a in range(1, 20) for b in range(a, 20) if a * a + b * b in {c * c for c in range(1, 30)}]
print(pairs)
flat = [item for sub in [[1, 2], [3], [], [4, 5, 6]] for item in sub]
print(flat, [x for x in flat if x > 2 if x < 6])
