# abc and collections.abc: abstract methods, register, __subclasshook__, mixin methods
_n = [0]
def T(f):
    # one probe per line: its value, or the exception it raised
    _n[0] += 1
    try:
        r = f()
    except BaseException as e:
        r = "EXC %s: %s" % (type(e).__name__, e)
    print(_n[0], repr(r))

import abc, collections.abc as cabc
from collections.abc import Mapping, Sequence, Iterable, Hashable, Callable, MutableMapping, Iterator, Sized, Set, Generator
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
T(lambda: Base()); T(lambda: Base.__abstractmethods__)
class Half(Base):
    def f(self): return 1
T(lambda: Half())
class Impl(Half):
    p = 3
T(lambda: (Impl().f(), Impl().p, isinstance(Impl(), Base)))
T(lambda: [isinstance(x, Mapping) for x in ({}, [], "s")]); T(lambda: [isinstance(x, Sequence) for x in ((), [], "s", {}, range(2))]); T(lambda: [isinstance(x, Iterable) for x in (1, [], iter([]), (i for i in []))]); T(lambda: [isinstance(x, Hashable) for x in (1, [], "s", {})]); T(lambda: [isinstance(x, Callable) for x in (len, 1, Base, lambda: 1)]); T(lambda: issubclass(dict, MutableMapping)); T(lambda: isinstance(iter([]), Iterator)); T(lambda: isinstance((x for x in []), Generator)); T(lambda: isinstance({1}, Set)); T(lambda: isinstance(frozenset(), cabc.MutableSet))
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
m = MyMap({"a": 1, "b": 2})
T(lambda: (m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, dict(m), len(m)))
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = MySeq()
T(lambda: (list(s), 2 in s, s.index(3), s.count(1), list(reversed(s))))
class Virt: pass
Sized.register(Virt)
T(lambda: (issubclass(Virt, Sized), isinstance(Virt(), Sized), issubclass(Virt, Iterable)))
class HasLen:
    def __len__(self): return 0
T(lambda: isinstance(HasLen(), Sized)); T(lambda: type(Base)); T(lambda: Mapping); T(lambda: cabc.Mapping is Mapping)
T(lambda: isinstance(1, (str, (int, "x")))); T(lambda: isinstance(1, "x")); T(lambda: issubclass(int, int | str)); T(lambda: isinstance([], list[int]))
