# The format-spec mini-language's checks and corners as CPython's: which options each kind of
# value refuses (and the message), zero padding with grouping, '0' on strings, 'z', subclasses
# of int/float/str and IntEnum formatting with a spec, object.__format__ refusing any spec.
import enum

for v in ("s", 1, 1.5, True, None, [1]):
    for spec in ["+", "#", ",", "_", "=5", " ", "z", ".2", "x", "c", ",d", "_s", ",x", ",b", "#c",
                 "+c", ",c", ",n", "_n", ".2d", ".1c", "03", "<3"]:
        try:
            print(repr(v), spec, repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(repr(v), spec, type(e).__name__, e)
for spec in ["012,.1f", "08,", "010_x", "010_X", "09,d", "+012,.2f", "010,.0f", "020,e", "010,g",
             " 010,.1f", "07,", "06_b", "015,.3%"]:
    row = []
    for v in (1234.5, -1234.5, 7, 255, -3, 0.5, 1e10):
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(str(e))
    print(spec, row)
for spec in ["03", "05", "0<5", "0^6", "x=5", "05s"]:
    try:
        print(spec, repr(format("ab", spec)))
    except ValueError as e:
        print(spec, e)
for v in (-0.0, -0.001, -0.5, 0.0, -1.0, -1e-10):
    print(repr(v), [format(v, s) for s in ("z.1f", "z", "z.0e", "z.2%", "z.3g", "+z.1f", "z=+8.1f")])


class MI(int):
    def __str__(self):
        return "mi"


class MF(float):
    pass


class MS(str):
    def __str__(self):
        return "custom"


class Color(enum.IntEnum):
    R = 1


class S(str, enum.Enum):
    A = "a"


for v in (MI(5), MF(2.5), MS("ab"), Color.R):
    for spec in ("", "03", ">4", ",", "x"):
        try:
            print(type(v).__name__, repr(spec), repr(format(v, spec)))
        except (TypeError, ValueError) as e:
            print(type(v).__name__, repr(spec), type(e).__name__, e)
print(f"{Color.R:>5}|{Color.R:03d}|{Color.R}|{S.A}|{S.A:>3}|", "{:<4}|".format(Color.R))
print("%d" % MI(3), "%s" % MI(3), f"{MI(4)!s:>4}", f"{MS('y')}")
print("__format__" in dir(int), int.__format__(5, "x"), bool.__format__(True, ""),
      float.__format__(2.5, ">5"), str.__format__("ab", "^4"), object.__format__(1, ""))
for call in (lambda: int.__format__(5, 1), lambda: object.__format__(1, "x")):
    try:
        call()
    except TypeError as e:
        print(e)
