import sys
objs = [iter(range(3)), iter(range(2**100)), iter([1]), reversed([1,2]), iter((1,)), iter('abc'), iter('é'),
        iter(b'ab'), iter({1:2}), iter({1:2}.keys()), iter({1:2}.values()), iter({1:2}.items()),
        reversed({1:2}), reversed({1:2}.values()), reversed({1:2}.items()), iter({1}), iter(frozenset({1})),
        enumerate([1]), zip([1]), map(str, [1]), filter(None, [1]), reversed((1,2)), reversed('ab'),
        reversed(range(3)), iter(lambda: 1, 2)]
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
objs.append(iter(S()))
for o in objs:
    t = type(o)
    print(t.__name__, t.__qualname__, t.__module__, repr(o).split(' at ')[0], hasattr(o, '__length_hint__'),
          o.__length_hint__() if hasattr(o, '__length_hint__') else '-', iter(o) is o)
for T in (enumerate, zip, map, filter, reversed):
    print(T, type(T), T.__name__, isinstance(T, type))
print(isinstance(enumerate([]), enumerate), isinstance(zip(), zip), isinstance(map(str, []), map))
print(isinstance(filter(None, []), filter), isinstance(reversed([]), reversed), isinstance(reversed((1,)), reversed))
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(E('abc')), list(E('abc', 5)))
e = E('xy')
e.tag = 1
print(e.tag, type(e).__mro__)
class Z(zip):
    pass
print(list(Z([1,2],[3,4])), type(Z([1])).__mro__)
class M(map):
    def __init__(self, *a):
        self.n = 0
    def __next__(self):
        self.n += 1
        return super().__next__()
m = M(abs, [-1, -2])
print(list(m), m.n)
class F(filter): pass
print(list(F(None, [0, 1, 2])))
class R(reversed): pass
print(list(R([1, 2, 3])))
print(list(zip([1,2],[3,4], strict=True)))
try: list(zip([1,2],[3], strict=True))
except ValueError as ex: print(ex)
try: list(zip([1],[3, 4], strict=True))
except ValueError as ex: print(ex)
try: enumerate()
except TypeError as ex: print(ex)
try: enumerate(1)
except TypeError as ex: print(ex)
try: enumerate([], 'a')
except TypeError as ex: print(ex)
try: zip(1)
except TypeError as ex: print(ex)
try: map(str)
except TypeError as ex: print(ex)
try: map()
except TypeError as ex: print(ex)
try: filter(None)
except TypeError as ex: print(ex)
try: reversed(1)
except TypeError as ex: print(ex)
try: reversed({1})
except TypeError as ex: print(ex)
try: reversed()
except TypeError as ex: print(ex)
try: enumerate([], start=1, x=2)
except TypeError as ex: print(ex)
try: zip(x=1)
except TypeError as ex: print(ex)
try: map(str, [], x=1)
except TypeError as ex: print(ex)
try: filter(None, [], x=1)
except TypeError as ex: print(ex)
print(list(enumerate('ab', start=2**70)))
print(list(enumerate(iterable='ab', start=-1)))
it = iter([1,2,3]); next(it); print(it.__length_hint__(), len(list(it)), it.__length_hint__())
it = iter(range(10)); next(it); print(it.__length_hint__())
it = reversed([1,2,3]); next(it); print(it.__length_hint__())
it = iter({1:1,2:2}); next(it); print(it.__length_hint__())
it = iter({1,2,3}); next(it); print(it.__length_hint__())
it = iter('abc'); next(it); print(it.__length_hint__())
it = iter(b'abc'); next(it); print(it.__length_hint__())
it = reversed('abcd'); next(it); print(it.__length_hint__())
it = iter(S()); print(it.__length_hint__() if hasattr(it, '__length_hint__') else '-')
try: type(iter([]))()
except TypeError as ex: print(ex)
try:
    class X(type(iter([]))): pass
except TypeError as ex: print(ex)
import operator
print(operator.length_hint(iter([1,2])), operator.length_hint(map(str,[1])))
print(list(map(lambda a, b: a+b, [1,2,3], [10,20])))
print(next(reversed(range(2**100))))
d = {1: 'a', 2: 'b', 3: 'c'}
it = reversed(d)
print(next(it)); d[4] = 'd'
try: next(it)
except RuntimeError as e: print('RuntimeError', e)
d = {1: 'a', 2: 'b', 3: 'c'}
del d[2]
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
it = reversed(d.items()); print(it.__length_hint__()); next(it); print(it.__length_hint__())
l = [1, 2]
it = iter(l); print(list(it)); l.append(3); print(it.__length_hint__())
it = reversed(l); print(next(it)); l.clear(); print(it.__length_hint__(), list(it)); l.extend([1,2,3,4]); print(list(it))
n = [0]
def f():
    n[0] += 1
    return n[0]
it = iter(f, 3); print(list(it), list(it), n)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * i
print(list(reversed(Seq())), list(iter(Seq())))
it = iter(Seq()); next(it); print(it.__length_hint__()); list(it); print(it.__length_hint__())
class Rev:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(Rev())))
class NoRev(list):
    __reversed__ = None
try: reversed(NoRev())
except TypeError as e: print(e)
class OnlyLen:
    def __len__(self): return 1
try: reversed(OnlyLen())
except TypeError as e: print(e)
class R(reversed):
    def __init__(self, seq):
        self.seq_len = len(seq)
r = R((1, 2, 3)); print(type(r).__name__, r.seq_len, list(r))
r = R([1, 2, 3]); print(type(r).__name__, list(r))
print(type(reversed.__new__(reversed, (1, 2))).__name__)
e = enumerate.__new__(enumerate, 'ab', 1); print(list(e))
class E2(enumerate): pass
e = enumerate.__new__(E2, 'ab'); print(type(e).__name__, list(e))
print(isinstance(iter([]), type(iter([1]))), type(iter([])) is type(iter([])))
import collections.abc as abc
print(isinstance(enumerate([]), abc.Iterator), isinstance(zip(), abc.Iterable))
print(issubclass(enumerate, abc.Iterator), issubclass(type(iter(range(1))), abc.Iterator))
s = {1, 2, 3}; it = iter(s); next(it); s.add(9); print(it.__length_hint__())
try: next(it)
except RuntimeError as e: print(e)
m = map(lambda *a: sum(a), range(3), range(10, 20), range(100, 200))
print(list(m))
z = zip('ab', range(5), strict=False); print(list(z))
try: list(zip('abc', 'ab', 'abc', strict=True))
except ValueError as e: print(e)
try: list(zip('ab', 'ab', 'abc', strict=True))
except ValueError as e: print(e)
print(list(filter(lambda x: x % 2, range(7))), list(filter(None, [0, '', 'a', [], [1]])))
class Z(zip):
    def __new__(cls, *args):
        self = super().__new__(cls, *args, strict=True)
        return self
try: print(list(Z('ab', 'abc')))
except ValueError as e: print(e)
print(type(iter(b'')).__name__, type(iter(bytearray())).__name__ if False else '')
print(repr(enumerate).startswith("<class"), str(zip))
print(next(enumerate(range(5), True)), next(enumerate('x', start=False)))
try: enumerate('a', 1.5)
except TypeError as e: print(e)
print(list(enumerate('abc', -2**63)))
it = iter(range(3)); print(next(it), list(it), next(it, 'end'))
it = iter('héllo'); next(it); print(it.__length_hint__(), ''.join(it))
