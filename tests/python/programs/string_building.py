parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for ch in "abcdef":
    s += ch.upper() + "-"
print(s.rstrip("-"), len(s))
table = [("name", "qty", "price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
w = [max(len(str(r[i])) for r in table) for i in range(3)]
for r in table:
    print(" | ".join(str(v).ljust(w[i]) if i == 0 else str(v).rjust(w[i]) for i, v in enumerate(r)))
print("=" * 20, "-" * 3 + ">" , "<" + "~" * 5 + ">")
print("%-10s|%5d|%8.3f" % ("left", 42, 3.14159))
print("{:>8}|{:^8}|{:<8}|".format("r", "c", "l"))
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
