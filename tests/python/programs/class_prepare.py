# __prepare__: the class body runs in the namespace the metaclass returns (a dict subclass sees
# every binding, lookup and deletion of the body); its errors; enum's duplicate-name check
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("%r defined twice" % k)
        self.order.append(k)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        if k == "magic":
            return 42
        return super().__getitem__(k)

    def __delitem__(self, k):
        print("  del", k)
        super().__delitem__(k)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return Recorder()

    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, [k for k in ns.order if not k.startswith("__")])
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Meta, flag=True):
    x = 1
    y = magic + x
    z = len(order) if False else 0

    def f(self):
        return self.y

    del x


print(hasattr(A, "x"), A.y, A().f(), A.order)


class Sub(A):
    w = 1


print(Sub.order, Sub.y)
try:
    class B(metaclass=Meta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class B2(metaclass=Meta):
        del nothing
except NameError as e:
    print("NameError:", e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__, Meta.__prepare__("Y", ()).order)


class M2(type):
    def __prepare__(name, bases):
        return 5


try:
    class C(metaclass=M2):
        pass
except TypeError as e:
    print("TypeError:", e)

import enum

for body in ("A = 1\n    A = 2", "A = 1\n    def A(self): pass",
             "@property\n    def A(self): pass\n    A = 3"):
    try:
        exec("class E(enum.Enum):\n    " + body)
    except TypeError as e:
        print("TypeError:", str(e).split(" at 0x")[0])


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    def describe(self):
        return self.name.lower()


print(list(Color), Color.GREEN.describe(), Color["RED"], len(Color.__members__))
