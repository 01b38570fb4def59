import functools
@functools.lru_cache(maxsize=3)
def sq(n):
    return n * n
for n in [1, 2, 3, 1, 4, 1, 2]:
    sq(n)
print(sq.cache_info())
@functools.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().currsize if hasattr(fact, "cache_info") else 30)
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hello = functools.partial(greet, "Hello")
print(hello("Ann"), hello("Bob", punct="?"), hello.args, hello.func is greet)
class Temp:
    @functools.total_ordering
    class Deg:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            return self.v == o.v
        def __lt__(self, o):
            return self.v < o.v
D = Temp.Deg
print(D(1) < D(2), D(2) >= D(2), D(3) > D(2), D(1) <= D(0), max(D(1), D(5)).v)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
