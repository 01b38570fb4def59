class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
p = P()
print("{0.x} {0.items[1]} {obj.x}".format(p, obj=p))
print("{:*^10}|{:#010b}|{:+.3e}|{: d}|{:x}|{:o}".format("mid", 5, 12345.678, 7, 255, 8))
print("{:>{w}}|{:.{p}f}|".format("r", 3.14159, w=6, p=2))
print("{{}} {{{}}}".format(4), "{!s:>4}|{!a}".format(1, "ü"))
print(format(3.5, "08.2f"), format("x", "<3") + "|", format(12, "n"), format(1e6, "e"), format(0.5, ".0%"))
print(format(123456789, "_d"), format(0xDEAD, "_x"), format(-0.0, ".1f"), format(1.0, ".0f"), format(2.5, ".0f"))
print("{:c}".format(9731), "{:s}".format("s"), "{:g}".format(1e-7), "{:G}".format(1e20), "{:.3g}".format(1234.5))
print("{:=+8.2f}".format(-3.14159), "{:0>5}".format(42), "{:<07.1f}".format(2.25), "{:^+9}".format(5))
print("%-6d|%06.2f|%+d|% d|%#x|%#o|%e" % (42, 3.14159, 5, 5, 255, 8, 12345.6789))
print("%s %s" % ("a", ("t",)), "%s" % (("tu", "ple"),), "%%", "%.2s" % "abcdef", "%*d|" % (5, 42))
print("{0:{1}}|".format("ab", 5), "{:,.2f}".format(1234567.891), "{:_b}".format(255))
import string
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.ascii_lowercase, string.digits, string.punctuation[:10], string.capwords("hello  big world"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    format(1, "q")
except ValueError as e:
    print(e)
try:
    "%d" % "s"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
print(f"{'left':<8}|{'right':>8}|{'ctr':^9}|{12.5:>+8.2f}|{-7:05d}")
