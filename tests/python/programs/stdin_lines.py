import sys
first = sys.stdin.readline()
print("first:", first.strip())
total = 0
for line in sys.stdin:
    parts = line.split()
    total += sum(int(p) for p in parts)
    print(len(parts), end=" ")
print()
print("total", total)
print(repr(sys.stdin.read()))
