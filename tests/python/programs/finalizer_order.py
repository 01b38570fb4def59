# Objects that die together are finalized from the top, as CPython's reference counting frees
# them: a referrer's __del__ before the objects only it kept alive; a list's or tuple's items
# from the last, attributes and dict values from the first; shared objects after their last
# referrer. (Each group is made in a function: a collection called from the frame that made
# objects may find stale native words keeping them.) At exit, what is still alive goes in
# allocation order (as python3's module clearing does here).
import gc


class N:
    def __init__(self, name, *kids):
        self.name = name
        self.kids = list(kids)

    def __del__(self):
        print("del", self.name)


def tree():
    leaf1 = N("leaf1")
    leaf2 = N("leaf2")
    mid = N("mid", leaf1, leaf2)
    return N("root", mid)


t = tree()
del t
gc.collect()
print("--- chain made bottom-up, names dropped in order")


def chain():
    x = N("c3")
    y = N("c2", x)
    z = N("c1", y)
    del x, y
    return z


z = chain()
del z
gc.collect()
print("--- tuple and dict holders")


class Holder:
    def __init__(self, name, items, table):
        self.name = name
        self.items = items
        self.table = table

    def __del__(self):
        print("del", self.name)


def holder():
    t = (N("t1"), N("t2"), N("t3"))
    d = {"a": N("d1"), "b": N("d2")}
    return Holder("holder", t, d)


h = holder()
del h
gc.collect()
print("--- shared child")


def diamond():
    shared = N("shared")
    p1 = N("p1", shared)
    p2 = N("p2", shared)
    return N("both", p1, p2)


both = diamond()
del both
gc.collect()
print("--- independent objects")


def independent():
    i0, i1, i2 = N("i0"), N("i1"), N("i2")
    del i0
    del i1
    del i2


independent()
gc.collect()
print("--- at exit")
g1 = N("g-leaf")
g2 = N("g-top", g1)
print("end")
