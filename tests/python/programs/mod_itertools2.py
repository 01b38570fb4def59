import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=0)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable([[1, 2], [3]])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 3, 2, 1]))])
print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 3)), list(it.combinations(range(4), 0)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.groupby([])), next(it.count()), list(zip(it.count(1), "xy")))
def grouper(iterable, n):
    args = [iter(iterable)] * n
    return list(it.zip_longest(*args))
print(grouper("abcdefg", 3))
print(sum(1 for _ in it.permutations(range(6))), list(it.accumulate("abc")))
