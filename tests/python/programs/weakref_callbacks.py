# Weak references with callbacks, WeakMethod, the weak containers and finalize. Objects are
# dropped inside functions and gc.collect() runs afterwards: under CPython they die at once,
# under a tracing collector at the collection.
import gc
import types
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return self.n

    def __repr__(self):
        return "C(%d)" % self.n


log = []


def two_refs():
    o = C(1)
    r = weakref.ref(o, lambda r: log.append("cb1"))
    r2 = weakref.ref(o, lambda r: log.append("cb2"))
    print(r() is o, r2() is o, r is not r2, weakref.getweakrefcount(o))
    print(len(weakref.getweakrefs(o)), r.__callback__ is not None)
    print(weakref.ref(o) is weakref.ref(o), hash(r) == hash(o), r == r2, r != r2)
    print(type(r).__name__, isinstance(r, weakref.ref), weakref.ref is weakref.ReferenceType)
    return r, r2


r, r2 = two_refs()
gc.collect()
print(r(), r2(), log)
print(r == r2, r == r)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)


def callback_gets_ref():
    seen = []
    o = C(2)
    w = weakref.ref(o, seen.append)
    return w, seen


w, seen = callback_gets_ref()
gc.collect()
print(seen[0] is w, w())


def dead_ref_no_callback():
    # a reference that dies before its target never calls back
    o = C(3)
    weakref.ref(o, lambda r: log.append("never"))
    return o


kept = dead_ref_no_callback()
gc.collect()
del kept
gc.collect()
print(log)


def failing_callback():
    class Loud:
        def __repr__(self):
            return "<the loud callback>"

        def __call__(self, r):
            raise ValueError("callback failed")

    o = C(4)
    return weakref.ref(o, Loud())


fr = failing_callback()
gc.collect()
print("after the failing callback", fr())

m = types.MethodType(lambda self: self.n * 2, C(21))
print(m(), m.__self__, type(m).__name__)
try:
    types.MethodType(1, C(1))
except TypeError as e:
    print("TypeError:", e)


def weak_method():
    c = C(5)
    calls = []
    wm = weakref.WeakMethod(c.m, calls.append)
    print(wm()(), wm == weakref.WeakMethod(c.m))
    return wm, calls


wm, calls = weak_method()
gc.collect()
print(wm(), calls[0] is wm)


def value_dict():
    d = weakref.WeakValueDictionary()
    k = [C(i) for i in range(5)]
    for x in k:
        d[x.n] = x
    print(sorted(d.keys()), len(d))
    return d, k[0], k[3]


d, keep0, keep3 = value_dict()
gc.collect()
print(sorted(d.keys()), d.get(3), d.get(1))


def key_dict():
    wk = weakref.WeakKeyDictionary()
    keys = [C(i) for i in range(4)]
    for x in keys:
        wk[x] = x.n * 10
    return wk, keys[1:]


wk, live_keys = key_dict()
gc.collect()
print(sorted(wk.values()), len(wk))


def weak_set():
    ws = weakref.WeakSet()
    a = C(1)
    b = C(2)
    ws.add(a)
    ws.add(b)
    return ws, b


ws, b = weak_set()
gc.collect()
print(len(ws), list(ws))


def finalizer():
    f = C(9)
    fin = weakref.finalize(f, print, "finalized", 9)
    print(fin.alive, fin.peek()[1:])
    return fin


fin = finalizer()
gc.collect()
print(fin.alive)
late = C(10)
weakref.finalize(late, print, "at exit", 10)

p = weakref.proxy(b)
print(p.n, p.m(), repr(p).startswith("<weakproxy at "))


def dead_proxy():
    o = C(11)
    return weakref.proxy(o)


dp = dead_proxy()
gc.collect()
try:
    dp.n
except ReferenceError as e:
    print("ReferenceError:", e)

for bad in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)


class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=""):
        return super().__new__(cls, ob, callback)


target = C(12)
mr = MyRef(target, None, tag="mine")
print(mr() is target, mr.tag, isinstance(mr, weakref.ref))
print(weakref.getweakrefcount(target))
