class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with {self.sides} sides and area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    sides = 4
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        super().__init__("triangle")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Triangle(4, 5), Circle(1)]
for s in sorted(shapes):
    print(s.describe())
print([type(s).__name__ for s in shapes], [isinstance(s, Rect) for s in shapes])
print(Square.__mro__, issubclass(Square, Shape), Square.sides, Circle.sides)
try:
    Shape("abstract").describe()
except NotImplementedError:
    print("abstract area")
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class Both(Mixin, Square):
    pass
b = Both(3)
print(b.hello(), b.area(), [c.__name__ for c in Both.__mro__])
print(super(Square, b).area(), super(Rect, b).__init__.__qualname__)
