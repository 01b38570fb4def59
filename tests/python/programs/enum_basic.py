# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique; lookup by value and name,
# iteration, aliases, methods on members, comparisons, and CPython's messages.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__))
print(Color.RED.describe(), Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED in Color)
print(hash(Color.RED) == hash(Color.CRIMSON), {Color.RED: "r"}[Color.CRIMSON])
print(f"{Color.BLUE}", "%s" % Color.BLUE, format(Color.BLUE, ">12") + "|")
print(repr(Color), list(reversed(Color)))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = auto()


print(list(Shape), Shape.CIRCLE.value)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW < Priority.HIGH, Priority.MEDIUM + 1, Priority.HIGH * 2, str(Priority.LOW))
print(repr(Priority.LOW), Priority(5), f"{Priority.HIGH}", sorted([Priority.HIGH, Priority.LOW]))
print(Priority.LOW == 1, isinstance(Priority.LOW, int), int(Priority.MEDIUM), [p for p in Priority])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode("w"), Mode.READ.upper())


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(Perm.R, Perm.X.value, repr(rw), rw.value, Perm.R in rw, Perm.X in rw)
print(list(rw), len(rw), bool(Perm.R & Perm.W), repr(Perm.R & Perm.W), repr(~Perm.R))
print(Perm(3) == rw, Perm(7), repr(Perm.R ^ rw), repr(Perm))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.B, repr(Bits.A | Bits.C), Bits.A | 2, Bits.B + 1, Bits(6) == 6)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError:", e)

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
