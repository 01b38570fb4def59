# Set displays of three or more constants: CPython builds a frozenset constant and merges it
# into a new set, whose table (hence iteration order) can differ from adding the items one by
# one (set(), a comprehension, or displays with a non-constant item).
x = 8
print({10, 2, 18})
print({18, 2, 10}, set([18, 2, 10]), {18, 2, x + 2})
print({1, 9, 17, 25, 33, 41, 49, 57})
print({57, 49, 41, 33, 25, 17, 9, 1}, {v for v in (57, 49, 41, 33, 25, 17, 9, 1)})
print({0, 8, 16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104})
print({-1, -9, 7, 15, 1.5, 23.0, True, False})
print({5, 13, 21}, {5, 13}, {(1, 2), (9, 2), (17, 2)}, {8, 16, 24.0})
print(list({100, 4, 36, 68, 132, 260, 516}), sorted({3, 1, 2}))
print({1, 2, 3} | {11, 19}, {27, 3, 11} & {3, 11, 27, 35})
for s in ({31, 63, 95, 127}, {127, 95, 63, 31}):
    print(s, len(s), 63 in s)
