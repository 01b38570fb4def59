"""Chaos: the chaos game for iterated function systems (Barnsley's fern and a Sierpinski
triangle) driven by a seeded random.Random; the points are rasterized and summarized. Exercises
random's exact Mersenne-Twister sequence, float arithmetic and tuple-heavy code."""
import random
import sys

FERN = [
    # probability, (a, b, c, d, e, f): x' = a x + b y + e, y' = c x + d y + f
    (0.01, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (0.85, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (0.07, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (0.07, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
]

TRIANGLE = [(0.0, 0.0), (1.0, 0.0), (0.5, 0.8660254037844386)]


class Raster:
    def __init__(self, width, height, x0, y0, x1, y1):
        self.width = width
        self.height = height
        self.x0, self.y0, self.x1, self.y1 = x0, y0, x1, y1
        self.cells = [[0] * width for _ in range(height)]

    def plot(self, x, y):
        i = int((x - self.x0) / (self.x1 - self.x0) * (self.width - 1))
        j = int((self.y1 - y) / (self.y1 - self.y0) * (self.height - 1))
        if 0 <= i < self.width and 0 <= j < self.height:
            self.cells[j][i] += 1

    def summary(self):
        filled = sum(1 for row in self.cells for c in row if c)
        peak = max(max(row) for row in self.cells)
        return filled, peak

    def ascii(self, step):
        lines = []
        for row in self.cells[::step]:
            lines.append("".join("#" if c > 4 else ("+" if c else " ") for c in row[::step]).rstrip())
        return "\n".join(lines)


def fern(rng, points):
    weights = [w for w, _ in FERN]
    maps = [m for _, m in FERN]
    raster = Raster(120, 120, -2.5, 0.0, 2.8, 10.0)
    x = y = 0.0
    for _ in range(points):
        r = rng.random()
        k = 0
        acc = weights[0]
        while r > acc and k < 3:
            k += 1
            acc += weights[k]
        a, b, c, d, e, f = maps[k]
        x, y = a * x + b * y + e, c * x + d * y + f
        raster.plot(x, y)
    return raster


def sierpinski(rng, points):
    raster = Raster(120, 120, 0.0, 0.0, 1.0, 0.9)
    x, y = rng.uniform(0, 1), rng.uniform(0, 0.5)
    for _ in range(points):
        vx, vy = rng.choice(TRIANGLE)
        x = (x + vx) / 2
        y = (y + vy) / 2
        if rng.randrange(100) == 0:
            # an occasional jitter keeps the chain from settling into a short cycle
            x += rng.uniform(-1e-3, 1e-3)
        raster.plot(x, y)
    return raster


def main(points):
    rng = random.Random(1234)
    f = fern(rng, points)
    print("fern: filled=%d peak=%d" % f.summary())
    s = sierpinski(rng, points)
    print("sierpinski: filled=%d peak=%d" % s.summary())
    print(f.ascii(6))
    print(rng.random())


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 250000)
