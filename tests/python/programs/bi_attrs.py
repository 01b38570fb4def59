class C:
    cls_attr = "class"
    def __init__(self):
        self.inst = 1
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "nope", "default"), hasattr(c, "inst"), hasattr(c, "nope"))
setattr(c, "dyn", [1])
print(c.dyn, vars(c), "dyn" in c.__dict__)
delattr(c, "dyn")
print(hasattr(c, "dyn"), vars(c))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
setattr(C, "added", 42)
print(C.added, c.added, getattr(C, "cls_attr"))
print(sorted(k for k in vars(C) if not k.startswith("__")), type(vars(C)).__name__ in ("dict", "mappingproxy"))
print([n for n in dir(c) if not n.startswith("_")])
try:
    vars(5)
except TypeError as e:
    print(e)
import math
print(getattr(math, "pi"), hasattr(math, "tau"), callable(getattr(math, "sqrt")))
