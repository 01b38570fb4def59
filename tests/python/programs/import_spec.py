# Modules' __spec__/__loader__/__cached__, importlib.util.find_spec, import_module and reload
# with packages, runpy, -m's __spec__, partly imported modules and __import__'s argument errors.
import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
root = tempfile.mkdtemp()
files = {
    "spmod.py": "x = 1\n",
    "sppkg/__init__.py": "from . import sub\n",
    "sppkg/sub.py": "y = 2\nspec_name = __spec__.name\n",
    "sppkg/other.py": "z = 3\n",
    "sppkg/__main__.py": "print('main', __name__, __spec__.name, __spec__.parent, __package__)\n",
    "sppkg/self_ref.py": "from . import self_ref as me\nprint('self', me.__name__)\n",
    "circ_a.py": "from circ_b import f\ndef g(): pass\n",
    "circ_b.py": "from circ_a import g\ndef f(): pass\n",
}
for name, text in files.items():
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
sys.path.insert(0, root)


def rel(p):
    return p.replace(root, "ROOT") if isinstance(p, str) else p


import spmod
import sppkg
import sppkg.sub


def show(m):
    s = m.__spec__
    loader = m.__loader__
    print(m.__name__, s.name, repr(s.parent), rel(s.origin),
          [rel(p) for p in s.submodule_search_locations]
          if s.submodule_search_locations is not None else None,
          s.has_location, rel(s.cached),
          loader.__name__ if isinstance(loader, type) else type(loader).__name__)


for m in (spmod, sppkg, sppkg.sub, sys):
    show(m)
print(sppkg.__spec__.submodule_search_locations is sppkg.__path__)
print(rel(spmod.__cached__))
print(spmod.__loader__ is spmod.__spec__.loader, spmod.__loader__.name, rel(spmod.__loader__.path))
print(type(spmod.__spec__).__module__, type(spmod.__spec__).__qualname__)
print(type(spmod.__loader__).__module__)
print(repr(sys.__spec__))
print([k for k in dir(spmod) if k.startswith("__")])
print(sppkg.sub.spec_name, sppkg.sub.__dict__["__spec__"].name)
print(__spec__, type(__loader__).__name__, os.path.basename(__loader__.path), __loader__.name)

# importlib
print(importlib.util.find_spec("spmod").name, importlib.util.find_spec("sppkg.sub").parent)
print(importlib.util.find_spec("nonexistent_mod_xyz"))
print(importlib.import_module(".sub", "sppkg").__name__)
print(importlib.import_module("sppkg.sub") is sppkg.sub)
print(importlib.reload(sppkg.sub) is sppkg.sub, sppkg.sub.y)
for call in (lambda: importlib.import_module(".sub"),
             lambda: importlib.import_module("..x", "sppkg"),
             lambda: importlib.reload(42)):
    try:
        call()
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)

# a module importing itself from its package while it runs; a circular import
import sppkg.self_ref
try:
    import circ_a
except ImportError as e:
    print(type(e).__name__, rel(str(e)))

# __import__ and relative imports
for args, kw in ((("",), {}), (("x",), {"level": -1}), ((5,), {})):
    try:
        __import__(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for globs in ({"__package__": "", "__name__": "x"}, {"__name__": "x"}, {"__package__": 3}):
    try:
        exec("from . import foo", globs)
    except (ImportError, TypeError) as e:
        print(type(e).__name__, e)

# runpy and -m
import runpy
g = runpy.run_module("spmod")
print(g["x"], g["__name__"], g["__spec__"].name)
g = runpy.run_module("sppkg.other", run_name="__main__")
print(g["z"], g["__name__"], g["__spec__"].name, g["__package__"])
out = subprocess.run([sys.executable, "-m", "sppkg"], cwd=root, capture_output=True, text=True)
print(out.stdout, end="")
out = subprocess.run([sys.executable, "-m", "spmod"], cwd=root, capture_output=True, text=True)
print(repr(out.stdout), out.returncode)
out = subprocess.run([sys.executable, "-c", "print(__spec__, __loader__ is not None)"],
                     capture_output=True, text=True)
print(out.stdout, end="")
shutil.rmtree(root)
