class Base:
    registry = []
    def __init_subclass__(cls, /, tag="none", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"):
    pass
class B(A):
    pass
class C(Base, tag="c"):
    pass
print(Base.registry, A.tag, B.tag, C.tag)
class Validated:
    required = ()
    def __init_subclass__(cls):
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self):
        return "ran"
print(Good().run())
try:
    class Bad(Validated):
        required = ("run", "stop")
        def run(self):
            pass
except TypeError as e:
    print(e)
class Desc:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, cls=None):
        return f"{self.owner}.{self.name}"
class Host:
    first = Desc()
    second = Desc()
print(Host().first, Host.second)
try:
    class Strict(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
