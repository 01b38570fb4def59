"""Unpack sequence: tuple and list unpacking and packing in a tight loop, plus swaps."""
import sys


def unpack_tuples(t, reps):
    total = 0
    for _ in range(reps):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
    return total


def unpack_lists(l, reps):
    total = 0
    for _ in range(reps):
        a, b, c, d, e, f, g, h, i, j = l
        a, b, c, d, e, f, g, h, i, j = l
        a, *rest, j = l
        total += a + j + len(rest)
    return total


def swaps(reps):
    x, y, z = 1, 2, 3
    for _ in range(reps):
        x, y = y, x
        x, y, z = z, x, y
        (x, y), z = (y, z), x
    return x, y, z


def main(reps):
    print(unpack_tuples(tuple(range(10)), reps))
    print(unpack_lists(list(range(10)), reps))
    print(swaps(reps))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
