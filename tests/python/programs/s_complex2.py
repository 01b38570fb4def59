import math
roots = []
a, b, c = 1, 2, 5
d = b * b - 4 * a * c
sq = complex(0, math.sqrt(-d)) if d < 0 else math.sqrt(d)
roots = [(-b + sq) / (2 * a), (-b - sq) / (2 * a)]
print(roots, [abs(r) for r in roots], [r.conjugate() for r in roots])
print([r * r + 2 * r + 5 for r in roots])
z = complex(1, 1)
print([z ** n for n in range(5)], abs(z) ** 2, z * z.conjugate())
w = complex("2-3j")
print(w.real, w.imag, w + 1j, w * 1j, w / (1 + 1j), -w, +w, w == complex(2, -3))
print(sum([1j, 2j, 3]), sorted([3 + 0j, 1 + 5j, 2], key=abs), repr(complex(0.1, -0.2)))
