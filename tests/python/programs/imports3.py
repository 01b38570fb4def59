import math as m, os.path as osp
from collections import Counter as C, deque
from itertools import *
import json, re
print(m.floor(2.5), osp.basename("/x/y"), C("aab")["a"], deque([1]), list(islice(count(), 3)))
print(json.dumps([1]), re.sub("a", "b", "aa"))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import sys
print("json" in sys.modules, sys.modules["math"] is m, m.__name__, type(m).__name__)
def lazy():
    import string
    return string.ascii_uppercase[:3]
print(lazy())
mod = __import__("collections")
print(mod.OrderedDict.__name__, hasattr(mod, "defaultdict"))
import os
print(os.path is osp, sys.modules["os.path"] is osp)
