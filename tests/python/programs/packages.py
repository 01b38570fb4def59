# Packages: __init__, relative imports (., ..), submodules as attributes, import errors.
import sys
sys.dont_write_bytecode = True
import pkgdemo.sub
import pkgdemo.sub.mod as m
print(pkgdemo.X, pkgdemo.sub.mod.V, m.V)
from pkgdemo import a, sub
print(a.A, sub.mod.V)
try:
    import pkgdemo.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgdemo import nothere
except ImportError as e:
    # the message ends with the package's absolute path
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    import pkgdemo.a.b
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkgdemo")))
