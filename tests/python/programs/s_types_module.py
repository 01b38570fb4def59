import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(types) is types.ModuleType)
print(list[int], dict[str, list[int]], tuple[int, ...], list[int] == list[int], list[int]([1, 2]))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
def gen():
    yield
print(isinstance(gen(), types.GeneratorType), types.NoneType is type(None))
