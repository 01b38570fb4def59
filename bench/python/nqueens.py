"""N-queens: all solutions by filtering permutations with set comprehensions (generators,
tuples, sets)."""
import sys


def permutations(items):
    """All orderings of items, in lexicographic order of positions (like itertools)."""
    pool = tuple(items)
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool[i] for i in indices)
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices)
                break
        else:
            return


def n_queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def main(reps, n=8):
    for _ in range(reps):
        solutions = list(n_queens(n))
    print(len(solutions), "solutions for", n, "queens")
    print(solutions[0])
    print(solutions[-1])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
