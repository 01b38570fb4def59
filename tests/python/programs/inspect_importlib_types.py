# inspect (signatures, members, generator states) on the _ast node classes and weft's importlib; types' descriptor types, ModuleType(), prepare_class
import inspect, ast
def f(a, b: int = 2, *args, c, d=4, **kw) -> str: "doc"
class C:
    def m(self, x, /, y=1): pass
    @classmethod
    def cm(cls, z): pass
    @property
    def p(self): return 1
print(inspect.signature(f), inspect.signature(C.m), inspect.signature(C().m), inspect.signature(C.cm), inspect.signature(lambda *a, k=1: 0))
sig = inspect.signature(f)
print(list(sig.parameters), sig.parameters['b'].default, sig.parameters['b'].annotation, sig.return_annotation, sig.parameters['args'].kind, str(sig.parameters['c'].kind))
print(sig.bind(1, c=3).arguments, sig.bind_partial(1))
try: sig.bind()
except TypeError as e: print(e)
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C().m), inspect.isgeneratorfunction(f), inspect.getdoc(f), inspect.getmodule(f).__name__)
print([n for n, _ in inspect.getmembers(C) if not n.startswith('__')], inspect.getmro(C)[0].__name__)
print(inspect.getfullargspec(f))
def g(): yield 1
gg = g(); print(inspect.getgeneratorstate(gg), inspect.isgenerator(gg)); next(gg); print(inspect.getgeneratorstate(gg)); list(gg); print(inspect.getgeneratorstate(gg))
print(inspect.getsource(f).strip() if True else '')
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Name('x', ast.Load()))), ast.BinOp._fields, isinstance(ast.Add(), ast.operator))
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter('q', inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
print(inspect.cleandoc("  a\n    b"), inspect.iscoroutinefunction(f), inspect.isabstract(C))
def deco(fn):
    import functools
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
print(inspect.signature(deco(f)), inspect.unwrap(deco(f)) is f)
import types
import importlib
import importlib.util
import importlib.machinery
import sys
import os
import tempfile
print(sorted(n for n in dir(types) if not n.startswith('_')))
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType,
      types.GetSetDescriptorType, types.MemberDescriptorType,
      types.CellType, types.FrameType, types.TracebackType, types.CoroutineType,
      types.AsyncGeneratorType)
m = types.ModuleType("foo", "the doc")
print(m, m.__doc__, sorted(m.__dict__), types.ModuleType("bar").__doc__)
print(types.prepare_class("X", (int,)), types.resolve_bases((int,)))
print(importlib.import_module("json").dumps([1]), importlib.import_module(".path", "os").sep)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.util.cache_from_source("a/b.py"),
      importlib.util.source_from_cache("a/__pycache__/b.cpython-311.pyc"))
print(importlib.util.find_spec("no_such_module_xyz"), importlib.util.resolve_name(".b", "a"))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "dyn_mod.py")
    with open(path, "w") as f:
        f.write("X = 41\ndef g():\n    return X + 1\n")
    spec = importlib.util.spec_from_file_location("dyn_mod", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print(mod.X, mod.g(), mod.__name__, mod.__file__ == path)
    sys.path.insert(0, d)
    print(importlib.util.find_spec("dyn_mod").origin == path)
    dm = importlib.import_module("dyn_mod")
    dm.X = 0
    with open(path, "w") as f:
        f.write("X = 7\n")
    print(importlib.reload(dm).X)
