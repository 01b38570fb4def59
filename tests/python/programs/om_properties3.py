class Celsius:
    def __init__(self, t=0):
        self.temperature = t
    def get_t(self):
        return self._t
    def set_t(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._t = v
    def del_t(self):
        del self._t
    temperature = property(get_t, set_t, del_t, "the temperature")
c = Celsius(25)
print(c.temperature, Celsius.temperature.__doc__)
c.temperature = 30
print(c.temperature)
try:
    c.temperature = -300
except ValueError as e:
    print(e)
del c.temperature
print(hasattr(c, "_t"))
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print(e)
try:
    del r.value
except AttributeError as e:
    print(e)
class Computed:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    perimeter = property(fget=lambda self: 2 * (self.w + self.h))
print(Computed(2, 3).area, Computed(2, 3).perimeter)
p = property(lambda s: 1)
print(p.fget is not None, p.fset, p.fdel, type(p).__name__)
class Chain:
    _x = 0
    @property
    def x(self):
        return self._x
    x = x.setter(lambda self, v: setattr(self, "_x", v * 2))
ch = Chain()
ch.x = 5
print(ch.x)
