# Built-in types that are no acceptable base type raise CPython's TypeError.
import types

for b in [bool, range, slice, type(None), type(len), type(lambda: 0), type(NotImplemented),
          type(...), types.GeneratorType, types.CodeType]:
    try:
        class X(b):
            pass
        print(b.__name__, "ok")
    except TypeError as e:
        print(b.__name__, "TypeError", e)
for b in [int, float, str, bytes, tuple, list, dict, set, frozenset, Exception, type, object]:
    class Y(b):
        pass
    print(b.__name__, Y.__mro__[1] is b)
