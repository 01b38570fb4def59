def spiral(n):
    m = [[0] * n for _ in range(n)]
    x = y = 0
    dx, dy = 0, 1
    for v in range(1, n * n + 1):
        m[x][y] = v
        nx, ny = x + dx, y + dy
        if not (0 <= nx < n and 0 <= ny < n and m[nx][ny] == 0):
            dx, dy = dy, -dx
            nx, ny = x + dx, y + dy
        x, y = nx, ny
    return m
for row in spiral(5):
    print(" ".join(f"{v:2}" for v in row))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2], [3, 4]]), rotate(rotate([[1, 2], [3, 4]])))
