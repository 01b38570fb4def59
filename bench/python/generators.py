"""Generators: a binary tree walked by recursive `yield from`, a pipeline of generator
expressions and a generator driven by send()."""
import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


def main(reps):
    t = tree(0, 2000)
    total = 0
    for _ in range(reps):
        for v in t:
            total += v
    print("tree sum", total)
    evens = (x for x in range(reps * 5000) if x % 2 == 0)
    squares = (x * x for x in evens)
    small = (x % 1000 for x in squares)
    print("pipeline", sum(small))
    acc = running_mean()
    next(acc)
    m = 0.0
    for i in range(reps * 2000):
        m = acc.send(i % 97)
    acc.close()
    print("mean %.6f" % m)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
