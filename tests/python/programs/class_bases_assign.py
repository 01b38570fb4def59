# assigning __bases__: lookups (also the cached ones of a hot loop) follow the new MRO, in
# subclasses too; CPython's errors for misuse
class A:
    tag = "A"

    def who(self):
        return "A.who"


class B:
    tag = "B"

    def who(self):
        return "B.who"

    def only_b(self):
        return "only in B"


class C(A):
    pass


class D(C):
    pass


def calls(obj, n=50):
    out = None
    for _ in range(n):
        out = (obj.who(), type(obj).tag, obj.tag)
    return out


c, d = C(), D()
print(calls(c), calls(d), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(calls(c), calls(d), [k.__name__ for k in D.__mro__], C.__base__.__name__)
print(d.only_b(), isinstance(d, B), isinstance(d, A), issubclass(D, B))
C.__bases__ = (A, B)
print(calls(d), d.only_b(), [k.__name__ for k in D.__mro__], C.__bases__)
print(A.__subclasses__() == [C], sorted(k.__name__ for k in B.__subclasses__()))
for value in ([B], (), (1,), (D,), (int,), (C, A)):
    try:
        C.__bases__ = value
        print("assigned", value)
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
