import sys
sys.dont_write_bytecode = True
import pkgdemo.sub.mod
from pkgdemo import a as module_a
print(module_a.A, pkgdemo.sub.X, pkgdemo.sub.AA, pkgdemo.sub.mod is sys.modules["pkgdemo.sub.mod"])
print(sorted(k for k in sys.modules if k.startswith("pkgdemo")))
