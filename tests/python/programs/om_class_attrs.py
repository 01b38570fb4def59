class Config:
    "Configuration holder."
    version = 1
    defaults = {"debug": False}
    def __init__(self, **kw):
        self.values = dict(self.defaults, **kw)
c1 = Config(debug=True)
c2 = Config()
print(c1.values, c2.values, Config.__doc__, Config.__name__, Config.__qualname__, Config.__module__)
c1.version = 2
print(c1.version, c2.version, Config.version, "version" in vars(c1), "version" in vars(c2))
del c1.version
print(c1.version)
Config.version = 3
print(c2.version, Config.__dict__["version"])
class Outer:
    class Inner:
        class Deep:
            pass
    def method(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().method().__qualname__)
print(Outer.method.__qualname__, Outer.method.__name__, type(Outer.__dict__["method"]).__name__)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
print(isinstance(Config, type), type(c1) is Config, c1.__class__.__name__, Config.__bases__, Config.__mro__)
