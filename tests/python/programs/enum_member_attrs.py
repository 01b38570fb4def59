# Members of IntEnum/StrEnum (instances of int and str subclasses) carry attributes.
from enum import Enum, IntEnum, StrEnum


class Planet(IntEnum):
    MERCURY = (1, 3.303e23)
    VENUS = (2, 4.869e24)

    def __new__(cls, number, mass):
        obj = int.__new__(cls, number)
        obj._value_ = number
        obj.mass = mass
        return obj


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def __init__(self, code):
        self.phrase = self.name.replace("_", " ").title()


class Color(StrEnum):
    RED = "red"
    GREEN = "green"

    def __init__(self, v):
        self.hex = {"red": "#f00", "green": "#0f0"}[v]


class Shape(Enum):
    SQUARE = 4

    def __init__(self, sides):
        self.sides = sides


print(Planet.VENUS, Planet.VENUS.mass, Planet.MERCURY + 1, Planet(2) is Planet.VENUS)
print(Http.NOT_FOUND.phrase, Http(200).phrase, Http.OK == 200, vars(Http.OK)["phrase"])
print(Color.RED.hex, Color.GREEN.upper(), Color("green").hex, Shape.SQUARE.sides)
Http.OK.extra = 1
print(Http.OK.extra, "extra" in vars(Http.OK), Http.OK.__dict__["_value_"])
for bad in (lambda: Http.OK.missing, lambda: setattr(Http.OK, "name", "x"),
            lambda: setattr(Http.OK, "value", 1)):
    try:
        bad()
    except AttributeError as e:
        print("AttributeError", e)
