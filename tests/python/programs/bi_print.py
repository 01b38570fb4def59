import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=";")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
print(end="")
print("", "")
print(*[], sep="x")
class P:
    def __str__(self):
        return "P-str"
print(P(), [P()] if False else "", sep="")
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
