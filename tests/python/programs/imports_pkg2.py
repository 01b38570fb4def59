import sys
sys.dont_write_bytecode = True
from pkgdemo.sub.mod import V
import pkgdemo
print(V, pkgdemo.X, pkgdemo.A, pkgdemo.__name__, pkgdemo.__package__, hasattr(pkgdemo, "sub"))
import pkgdemo.sub as s
print(s.mod.V, s.__name__, s.__package__, type(s).__name__)
print(pkgdemo.__file__.endswith("__init__.py"), pkgdemo.sub.mod.__file__.endswith("mod.py"))
print(sorted(n for n in dir(pkgdemo) if not n.startswith("__")))
m = sys.modules["pkgdemo.sub.mod"]
print(m is pkgdemo.sub.mod, m.V)
m.V = 7
from pkgdemo.sub import mod
print(mod.V)
