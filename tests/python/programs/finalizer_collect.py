# __del__ runs at the collection that finds an object unreachable: gc.collect() runs the
# finalizers of everything unreachable before it returns (the programs are written so that
# CPython's reference counting and a tracing collector print the same).
import gc
import weakref


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_and_drop():
    t = Tracked("local")
    print("made", t.name)


make_and_drop()
gc.collect()
print("after a call")

x = Tracked("global")
del x
gc.collect()
print("after del x")

# a cycle of two objects with finalizers: both run (PEP 442)
a = Tracked("cycle-a")
b = Tracked("cycle-b")
a.other = b
b.other = a
del a, b
gc.collect()
print("after the cycle")

# an object held only by another one
holder = Tracked("holder")
holder.child = [1, 2, 3]
holder.child.append(Tracked("in a list"))
del holder
gc.collect()
print("after the holder")


# inherited __del__, and super().__del__()
class Base:
    def __del__(self):
        print("Base.__del__ of", type(self).__name__)


class Derived(Base):
    def __del__(self):
        print("Derived.__del__")
        super().__del__()


class Plain(Base):
    pass


d = Derived()
p = Plain()
del d
gc.collect()
del p
gc.collect()
print("after inheritance")


# a weak reference's callback runs after the finalizer (CPython's order when `del` frees it)
def callback(ref):
    print("callback, target alive:", ref() is not None)


w = Tracked("weakly referenced")
r = weakref.ref(w, callback)
del w
gc.collect()
print("after the weakref", r())

# many objects: every finalizer runs once (in an order neither implementation promises)
finalized = []


class Counted:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        finalized.append(self.i)


objs = [Counted(i) for i in range(100)]
del objs
gc.collect()
print("after the list:", sorted(finalized) == list(range(100)))

# an object still referenced is not finalized
kept = Tracked("kept")
gc.collect()
print("kept is alive:", kept.name)
kept = None
gc.collect()
print("end")
