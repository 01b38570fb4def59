data = [("Mercury", 0.39, 0.055), ("Venus", 0.72, 0.815), ("Earth", 1.0, 1.0), ("Mars", 1.52, 0.107), ("Jupiter", 5.2, 317.8)]
header = ("Planet", "AU", "Mass")
w = [max(len(str(r[i])) for r in data + [header]) for i in range(3)]
line = "+" + "+".join("-" * (x + 2) for x in w) + "+"
print(line)
print("| " + " | ".join(h.center(w[i]) for i, h in enumerate(header)) + " |")
print(line)
for r in data:
    print("| " + r[0].ljust(w[0]) + " | " + str(r[1]).rjust(w[1]) + " | " + str(r[2]).rjust(w[2]) + " |")
print(line)
print(f"total mass {sum(r[2] for r in data):.3f}, mean distance {sum(r[1] for r in data) / len(data):.3f}")
