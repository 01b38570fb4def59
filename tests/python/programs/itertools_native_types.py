# itertools' iterators are native types as in CPython's C module: type names, reprs, module,
# argument errors at call time, __length_hint__, __reduce__ of count/repeat, subclassing, tee
# copies, groupby's groupers, islice not pulling past stop.
import itertools, copy, pickle, operator
from itertools import *
cases = [
 "count()", "count(5)", "count(5, 2)", "count(2.5)", "count(1, 0.5)", "count(start=3, step=-1)", "count('a')", "count(1, 'b')", "count(1,2,3)", "count(2**70)",
 "repeat(1)", "repeat('a', 3)", "repeat('a', -1)", "repeat()", "repeat(1, 'x')", "repeat(1, times=2)", "repeat(object=1)",
 "cycle()", "cycle(1)", "cycle([1], [2])", "chain(1)", "chain.from_iterable(1)", "accumulate()", "accumulate(1)",
 "accumulate([1], initial=1, x=2)", "compress([1])", "compress(1, [1])", "dropwhile(None)", "dropwhile(None, 1)",
 "takewhile(bool)", "filterfalse(None)", "filterfalse(None, 3)", "starmap(pow)", "starmap(pow, 1)",
 "islice()", "islice([1])", "islice([1], -1)", "islice([1], 'a')", "islice([1], 1, 2, 0)", "islice(1, 2)", "islice([1], 1, 2, 3, 4)", "islice([1], None, None, None)",
 "pairwise()", "pairwise(1)", "zip_longest(1)", "zip_longest([1], fill=2)", "product(1)", "product([1], repeat=-1)", "product([1], rep=2)",
 "permutations()", "permutations(1)", "permutations([1], -1)", "permutations([1], 'a')", "combinations([1])", "combinations([1], -1)", "combinations(1, 2)",
 "combinations_with_replacement([1], -1)", "groupby()", "groupby(1)", "groupby([1], key=None, x=1)", "tee(1)", "tee([1], -1)", "tee([1], 'a')",
 "chain(x=1)", "cycle(x=[])",
]
for c in cases:
    try:
        v = eval(c)
        print(c, "->", repr(v)[:40] if 'object at' not in repr(v) else repr(v).split(' object')[0], type(v).__name__, type(v).__module__)
    except Exception as e:
        print(c, "->", type(e).__name__, e)
# values
print(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), list(repeat(1, 3)), list(islice(cycle('ab'), 5)))
c = count(3); next(c); print(repr(c), repr(count(1.0)), repr(count(1, 1)), repr(count(0, 1.0)), repr(count(-2, -3)), repr(count(2**70, 2**65)))
r = repeat('x', 3); next(r); print(repr(r), r.__length_hint__(), operator.length_hint(r))
r = repeat('x'); print(repr(r))
try: r.__length_hint__()
except TypeError as e: print("TypeError", e)
print(list(accumulate([1,2,3])), list(accumulate([1,2,3], operator.mul)), list(accumulate([1,2], initial=10)), list(accumulate([], initial=5)), list(accumulate([3,1,2], max)), list(accumulate([1,2], func=operator.sub)))
print(list(chain('ab', [1])), list(chain.from_iterable(['ab', 'c'])), list(compress('abcd', [1,0,1])), list(dropwhile(lambda x: x < 3, [1,3,1])), list(takewhile(lambda x: x < 3, [1,3,1])))
print(list(filterfalse(None, [0,1,2,0])), list(filterfalse(lambda x: x%2, range(5))), list(starmap(pow, [(2,3),(3,2)])))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)))
print(list(pairwise('abcd')), list(pairwise('a')), list(zip_longest('ab', 'x', fillvalue='-')), list(zip_longest()))
print(list(product('ab', repeat=2)), list(product()), list(product('ab', [])), list(permutations('abc', 2)), list(permutations('ab')), list(permutations('a', 3)))
print(list(combinations('abcd', 2)), list(combinations('a', 0)), list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print([(k, list(g)) for k, g in groupby('aabbbc')], [(k, list(g)) for k, g in groupby([1,2,4,5,7], key=lambda x: x//2)])
g = groupby('aabb'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2), type(g1).__name__, repr(g1).split(' object')[0])
a, b = tee(iter([1,2,3])); print(next(a), list(b), list(a), type(a).__name__, repr(a).split(' object')[0])
a, b, c = tee('xyz', 3); print(list(a), list(b), list(c)); print(tee([], 0))
t = tee([1,2])[0]; t2 = copy.copy(t); print(list(t), list(t2))
print(isinstance(count(), count), issubclass(count, object), count.__module__, count.__name__, count.__qualname__, chain.from_iterable.__name__)
class MyCount(count):
    pass
m = MyCount(3); print(type(m).__name__, next(m), repr(m))
class MyChain(chain):
    def __init__(self, *a): self.tag = 1
m = MyChain('ab', 'c'); print(list(m), m.tag)
print(copy.copy(count(5)), copy.deepcopy(repeat(1, 2)))
for it in [count(5), count(1.5, 2), repeat('a', 2), repeat(3)]:
    print(it.__reduce__())
c = count(7); next(c); print(pickle.loads(pickle.dumps(c)))
it = iter([1, 2, 3]); z = zip_longest(it, 'ab'); print(next(z), list(z))
print(hasattr(count(), '__length_hint__'), hasattr(chain(), '__length_hint__'), hasattr(repeat(1), '__length_hint__'))
print(next(iter(count())), iter(chain()) is not None)
print(list(islice(count(), 3, 2)), list(islice('abc', None)), list(islice('abc', None, 2)))
i = islice(iter(range(10)), 2, 4); print(list(i)); 
src = iter(range(10)); list(islice(src, 3)); print(next(src))
src = iter(range(10)); list(islice(src, 2, 4)); print(next(src))
def bad():
    yield 1; raise ValueError("boom")
try: list(chain(bad()))
except ValueError as e: print("ValueError", e)
print(list(zip(count(), 'abc')), sum(islice(count(1), 100)))
print(dir(count) == sorted(set(dir(count))), [n for n in dir(count) if not n.startswith('__')], [n for n in dir(chain) if not n.startswith('__')])
print(count.__doc__ is not None, sorted(n for n in dir(itertools) if not n.startswith('_')))
print(list(permutations(range(4), 3)), len(list(permutations(range(6)))))
print(list(combinations(range(6), 3)), list(combinations_with_replacement(range(3), 3)))
print(list(product('ab', range(2), repeat=2)))
print(list(islice(cycle([]), 3)), list(islice(accumulate(repeat(2)), 4)), list(starmap(max, ['ab', [1, 5]])))
