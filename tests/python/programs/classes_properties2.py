class Rect:
    count = 0
    def __init__(self, w, h):
        self._w, self._h = w, h
        Rect.count += 1
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
    @property
    def area(self):
        return self._w * self._h
    @classmethod
    def square(cls, s):
        return cls(s, s)
    @staticmethod
    def unit():
        return Rect(1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self._w}x{self._h})"
r = Rect(2, 3)
r.w = 5
print(r, r.area, Rect.square(4), Rect.unit(), Rect.count)
try:
    r.w = -1
except ValueError as e:
    print(e)
try:
    r.area = 3
except AttributeError as e:
    print(e)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
print(Square(3), Square.square(2), isinstance(Square.square(2), Square), Rect.count)
print(type(Rect.__dict__["area"]).__name__, Rect.area.fget.__name__, hasattr(Rect.area, "setter"))
