# f(**m, name=v) and f(**m1, **m2): a keyword given twice is a TypeError naming the callable;
# the operand of ** must be a mapping (has keys()), not any iterable of pairs.
import collections


def f(**kw):
    return sorted(kw.items())


def g(a, b=0):
    return a, b


class C:
    def m(self, **kw):
        return kw

    @staticmethod
    def s(**kw):
        return kw


class Keys:
    """A mapping by protocol only: keys() and __getitem__."""

    def keys(self):
        return ["x", "y"]

    def __getitem__(self, k):
        return k * 2


calls = [
    "f(**{'a': 1}, a=2)",
    "f(a=2, **{'a': 1})",
    "f(**{'a': 1}, **{'a': 2})",
    "f(**{'a': 1}, b=2, **{'b': 3})",
    "f(**{'a': 1}, b=2)",
    "g(**{'a': 1}, a=2)",
    "g(1, **{'a': 1})",
    "g(1, **{'b': 5})",
    "f(**{1: 2})",
    "f(**[('a', 1)])",
    "f(**None)",
    "f(**Keys())",
    "f(**Keys(), x=1)",
    "f(**collections.OrderedDict(z=1), z=2)",
    "C().m(**{'k': 1}, k=2)",
    "C.s(**{'k': 1}, k=2)",
    "print(**{'sep': '-'}, sep='+')",
    "dict(**{'a': 1}, a=2)",
    "dict(**{'a': 1}, b=2)",
    "(lambda **k: k)(**{'q': 1}, q=1)",
    "len(**{'a': 1}, a=1)",
    "sorted([3, 1], **{'reverse': True}, key=None)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "-> TypeError:", e)

# the name in those errors comes from __module__/__qualname__, which a bound method forwards
# to its function (with any other attribute the method type lacks)
b = C().m
b.__func__.tag = "t"
print(b.__module__, b.__qualname__, b.__name__, b.__doc__, b.tag, b.__defaults__)
try:
    b.missing
except AttributeError as e:
    print("AttributeError:", e)
