# Results too big for the heap raise MemoryError (never end the process), counts and widths
# too big for an index raise python3's ValueError, and sequence repeats by a non-int raise its
# TypeError. Sizes of 2**40 bytes and more: no machine gives them, python3 raises MemoryError.
big = 2 ** 40
cases = [
    lambda: "a" * big,
    lambda: "é" * big,
    lambda: b"a" * big,
    lambda: big * "ab",
    lambda: "a".ljust(big),
    lambda: "a".rjust(big, "*"),
    lambda: "a".center(big),
    lambda: "-1".zfill(big),
    lambda: b"a".ljust(big),
    lambda: "\t".expandtabs(big),
    lambda: bytes(big),
    lambda: [0] * big,
    lambda: (1, 2) * big,
    lambda: format(1, str(big) + "d"),
    lambda: format("x", "<" + str(big)),
    lambda: format(1.5, "." + str(big) + "f"),
    lambda: ("%" + str(big) + "d") % 1,
    lambda: ("%" + str(big) + "s") % "x",
    lambda: ("%." + str(big) + "f") % 1.5,
    lambda: "{:{}}".format(1, big),
    lambda: format(1, "9" * 30),
    lambda: format(1.5, "." + "9" * 30 + "f"),
    lambda: ("%" + "9" * 30 + "d") % 1,
    lambda: ("%." + "9" * 30 + "d") % 1,
    lambda: [1] * 1.5,
    lambda: 2.5 * (1,),
    lambda: "ab" * "cd",
    lambda: b"x" * None,
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, "result of length", len(r))
    except (MemoryError, ValueError, TypeError, OverflowError) as e:
        print(i, type(e).__name__, e)
# the ordinary sizes still work, and the heap is usable after a MemoryError
print("ab" * 3, "é" * 2, b"xy" * 2, len("é" * 5), repr("x" * 0), b"" * 5, "abc" * -1, ("é" * 3)[1:])
print(repr("a".ljust(5, "é")), "7".zfill(3), "%5s|%-4d|%*d" % ("a", 1, 3, 2), format(3, "5"))
x = [3]
x *= 3
print(x, "a\tb".expandtabs(3), bytes(3), len("xyz" * 1000))
class S(str):
    pass
print(repr(S("ab") * 2), type(S("a") * 1).__name__, type("a" * 1).__name__)
