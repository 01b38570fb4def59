values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, 2j, range(1), len, type]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, object), issubclass(int, (str, int)))
print(type(1) is int, type(True) is bool, type(True) == int, isinstance(None, type(None)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, A), issubclass(A, object))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(isinstance([], (list, tuple)), isinstance("x", (bytes, (str,))))
