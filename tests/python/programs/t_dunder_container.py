class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __len__(self):
        return self.w * self.h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y), self.cells[y][x]
    def __bool__(self):
        return any(v for _, v in self)
    def __repr__(self):
        return "\n".join("".join(str(v) for v in row) for row in self.cells)
g = Grid(4, 3)
print(bool(g), len(g), 1 in g)
g[1, 1] = 1
g[3, 2] = 2
print(bool(g), 2 in g, g[3, 2], [p for p, v in g if v])
print(g)
