from itertools import *
print(list(islice(count(1, 0.5), 5)), list(islice(count(-3), 3)), list(repeat([1], 2)))
print(list(chain([1], (2,), {3: 0}, "4")), list(compress(range(10), cycle([1, 0, 0]))))
print(["".join(p) for p in permutations("abc")], ["".join(c) for c in combinations("abcd", 3)])
print(list(product(*[[1, 2]] * 3))[:4], len(list(product("ab", "cd", "ef"))))
print([list(g) for _, g in groupby([1, 1, 2, 3, 3, 3, 1])], [k for k, _ in groupby("aAbBcC", key=str.lower)])
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * 10 + b)), list(accumulate([5, 2, 8, 1], min)))
print(list(takewhile(str.isalpha, "abc123def")), list(dropwhile(str.isalpha, "abc123def")))
print(list(zip_longest([1, 2, 3], "ab", [True])), list(pairwise([1, 2, 3, 4])))
print(list(starmap(divmod, [(7, 2), (9, 4)])), list(filterfalse(str.isdigit, "a1b2")))
a, b, c = tee(range(3), 3)
print(list(a), list(b), list(c))
def primes():
    seen = []
    for n in count(2):
        if all(n % p for p in seen):
            seen.append(n)
            yield n
print(list(islice(primes(), 15)))
print(sum(1 for _ in combinations(range(20), 3)), len(list(combinations_with_replacement(range(4), 2))))
print(list(islice(cycle(range(3)), 0, 10, 3)), next(islice(count(), 100, None)))
