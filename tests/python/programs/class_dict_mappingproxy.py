# A class's __dict__ is a read-only mappingproxy (types.MappingProxyType); vars(cls) too
import types
import collections.abc


class A:
    x = 1

    def m(self):
        pass


d = A.__dict__
print(type(d), type(d).__module__, type(d).__qualname__, type(d) is types.MappingProxyType)
print(d == dict(d), d != {}, d['x'], d.get('zz', 5), 'x' in d, 'zz' in d)
print(sorted(k for k in d if not k.startswith('__')), type(d.keys()).__name__)
print(type(vars(A)).__name__, A.__dict__ is A.__dict__, A.__dict__ == A.__dict__)
for op in ["d['y'] = 2", "del d['x']", "d.y = 3", "hash(d)", "d |= {}", "d.pop('x')",
           "types.MappingProxyType([1])", "types.MappingProxyType()", "d < d"]:
    try:
        exec(op)
        print("ok", op)
    except Exception as e:
        print(op, '->', type(e).__name__, e)
m = types.MappingProxyType({'a': 1})
print(m, repr(m), m | {'b': 2}, {'c': 3} | m, list(reversed(m)), m.copy(), type(m.copy()))
print(len(m), list(m), list(m.items()), list(m.values()), bool(m), bool(types.MappingProxyType({})))
print(isinstance(m, collections.abc.Mapping), isinstance(m, dict), m.__class__)
print(int.__dict__['__add__'], type(int.__dict__).__name__)
A.y = 5  # the proxy shows later changes to the class
print(d['y'], len(d) == len(dict(A.__dict__)))
print(object.__doc__.splitlines()[0])
