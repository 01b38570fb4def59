from collections import deque
maze = """
##########
#S.....#.#
#.##.#.#.#
#.#..#...#
#.#.####.#
#...#...E#
##########""".strip().splitlines()
start = end = None
for r, row in enumerate(maze):
    for c, ch in enumerate(row):
        if ch == "S":
            start = (r, c)
        elif ch == "E":
            end = (r, c)
prev = {start: None}
q = deque([start])
while q:
    cur = q.popleft()
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if maze[nr][nc] != "#" and (nr, nc) not in prev:
            prev[(nr, nc)] = cur
            q.append((nr, nc))
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
path.reverse()
print(len(path) - 1, path[:4])
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
