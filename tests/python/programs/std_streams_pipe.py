# the std streams: write()'s count, print(file=/sep=) errors, repr, input() and read(n)/readline
# on piped stdin
import sys, io
n = sys.stdout.write("héllo\n"); print(n)
print(sys.stderr.write("err\n"))
print("a", "b", sep="-", end="!\n", file=sys.stdout)
print("to err", file=sys.stderr)
buf = io.StringIO()
print("x", 1, file=buf); print(repr(buf.getvalue()))
print(file=None)
try:
    print("x", file=5)
except Exception as e:
    print(type(e).__name__, e)
try:
    print("x", sep=5)
except Exception as e:
    print(type(e).__name__, e)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.encoding, sys.stderr.errors)
print(repr(sys.stdout), repr(sys.stdin))
line = input()
print(repr(line))
line = input("prompt> ")
print(repr(line))
print(repr(sys.stdin.readline()))
print(sys.stdin.read(3), repr(sys.stdin.readline(3)), repr(sys.stdin.readline()), repr(sys.stdin.read(6)), repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOF", repr(str(e)))
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.flush()
print(sys.stdout.write(""))
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print(e)
