def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(m, k):
    r = identity(len(m))
    while k:
        if k & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        k >>= 1
    return r
fib = [[1, 1], [1, 0]]
print(mpow(fib, 90)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
def transpose(m):
    return [list(r) for r in zip(*m)]
a = [[1, 2, 3], [4, 5, 6]]
print(transpose(a), matmul(a, transpose(a)))
def gauss(a, b):
    n = len(a)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[p] = m[p], m[i]
        for r in range(n):
            if r != i:
                f = m[r][i] / m[i][i]
                m[r] = [x - f * y for x, y in zip(m[r], m[i])]
    return [round(m[i][n] / m[i][i], 10) for i in range(n)]
print(gauss([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
