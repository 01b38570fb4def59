print(f"{'C':>6} {'F':>7} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} {f:>7.1f} {k:>8.2f}")
def convert(value, unit):
    return {"C": value * 9 / 5 + 32, "F": (value - 32) * 5 / 9}[unit]
print(round(convert(100, "C"), 2), round(convert(212, "F"), 2), round(convert(-40, "F"), 2))
