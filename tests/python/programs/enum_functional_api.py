# enum: the functional API (Enum("Name", names) with strings, lists, pairs and mappings, start,
# type, module, qualname), reassigning or deleting a member, dir() of an enum class.
import enum
from enum import Enum, Flag, IntEnum, StrEnum

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__module__, Animal.__qualname__, repr(Animal))
print(list(Enum("Comma", "A, B,C")), list(Enum("Listed", ["X", "Y"], start=10)))
print(list(Enum("Pairs", [("A", 5), ("B", 6)])), Enum("Mapped", {"ON": True, "OFF": False}).ON)
Num = IntEnum("Num", "ONE TWO")
print(Num.TWO + 1, repr(Num.ONE), isinstance(Num.ONE, int))
Perm = Flag("Perm", "R W X")
print(list(Perm), Perm.R | Perm.X, Perm(6))
Typed = Enum("Typed", [("A", "a")], type=str)
print(Typed.A + "b", repr(Typed.A), Typed.__mro__[1:])
Q = Enum("Q", "A", module="somewhere", qualname="Outer.Q")
print(Q.__module__, Q.__qualname__, repr(Q.A))
S = StrEnum("S", "LOW HIGH")
print(list(S), S.LOW == "low")


class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1


try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    del Color.GREEN
except AttributeError as e:
    print(e)
Color.extra = "fine"
print(Color.extra, Color.RED.value)
print(dir(Color))


class Level(IntEnum):
    LOW = 1


print([n for n in dir(Level) if n.isupper() or n in ("__members__", "__len__", "bit_length")])
print(Color(1), Color["GREEN"], Animal(3))
