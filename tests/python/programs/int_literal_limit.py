# The 4300-digit limit of int/str conversions applies to decimal int literals at compile time
# (SyntaxError), not to hexadecimal ones; sys.set_int_max_str_digits changes it.
import sys

src = "x = " + "7" * 4301
try:
    compile(src, "<big>", "exec")
except SyntaxError as e:
    print(e.msg)
    print(e.lineno)
ns = {}
exec("x = " + "7" * 4300, ns)
print(len(str(ns["x"])))
exec("y = 0x" + "f" * 5000, ns)
print(ns["y"].bit_length())
exec("z = " + "1_0" * 2100, ns)
print(len(str(ns["z"])))
sys.set_int_max_str_digits(5000)
exec("x = " + "7" * 4500, ns)
print(len(str(ns["x"])))
sys.set_int_max_str_digits(0)
exec("x = " + "7" * 9000, ns)
print(str(ns["x"])[:5], len(str(ns["x"])))
