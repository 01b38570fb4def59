class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.z)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __call__(cls, *args):
        inst = super().__call__(*args)
        inst.via_meta = True
        return inst
class WithMeta(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v
w = WithMeta(5)
print(w.v, w.via_meta, WithMeta.created_by, WithMeta.extra, type(WithMeta).__name__)
class Sub(WithMeta):
    pass
print(type(Sub).__name__, Sub.created_by, Sub.extra)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class P1(Plugin, key="first"): pass
class P2(Plugin): pass
print(sorted(Plugin.registry))
Dynamic = type("Dynamic", (object,), {"attr": 1, "m": lambda self: self.attr + 1})
print(Dynamic().m(), Dynamic.__name__, type(Dynamic))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    pass
print(Conf() is Conf())
class WithClassGetitem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(WithClassGetitem[int])
class Abstractish:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstractish().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
