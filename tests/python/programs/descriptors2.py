class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.name)
try:
    p.age = "old"
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Host:
    attr = NonData()
h = Host()
print(h.attr)
h.__dict__["attr"] = "instance wins"
print(h.attr)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "the temperature"
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleted")
        self._c = None
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        v = self.fn(obj)
        setattr(obj, self.fn.__name__, v)
        return v
class Calc:
    calls = 0
    @Lazy
    def value(self):
        Calc.calls += 1
        return 42
c = Calc()
print(c.value, c.value, Calc.calls)
class Meth:
    def m(self):
        return self
mm = Meth()
bound = mm.m
print(bound() is mm, bound.__self__ is mm, bound.__func__ is Meth.m, Meth.m(mm) is mm)
class CM:
    @classmethod
    def k(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "static"
class CM2(CM):
    pass
print(CM.k(), CM2.k(), CM2().k(), CM.s(), CM().s(), type(CM.__dict__["k"]).__name__, type(CM.__dict__["s"]).__name__)
