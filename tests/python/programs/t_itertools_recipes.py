from itertools import islice, chain, combinations, groupby, zip_longest, count, tee, cycle, repeat
def take(n, it):
    return list(islice(it, n))
def nth(it, n, default=None):
    return next(islice(it, n, None), default)
def all_equal(it):
    g = groupby(it)
    return next(g, True) and not next(g, False)
def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nx in nexts:
                yield nx()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def batched(it, n):
    it = iter(it)
    while b := tuple(islice(it, n)):
        yield b
print(take(3, count(5)), nth(range(10), 3), nth(range(3), 9, "dflt"), all_equal("aaa"), all_equal("aab"))
print(list(powerset("abc")), list(unique_everseen("abracadabra")), list(roundrobin("ABC", "D", "EF")))
print(list(batched(range(7), 3)), list(zip_longest(*[iter("abcdefg")] * 3, fillvalue="x")))
