print({3, 1, 2}, {10, 5, 100, 7, 8, 33}, set([5, 4, 3, 2, 1]), {x * 7 % 11 for x in range(20)})
a = {1, 2, 3, 40, 50}
b = {3, 4, 50, 60}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a, b | a)
s = set()
for i in range(100, 0, -7):
    s.add(i)
print(s)
s.discard(44); s.discard(100)
print(s, s.pop(), s)
print({(1, 2), (3, 4), (0, 0)}, {1.5, 2.5, -1.0}, frozenset({9, 8, 1}))
print(sorted({"b", "a"}), {True, 0, 1, False})
big = set(range(1000)) - set(range(5, 1000))
print(big, len(set(range(0, 100000, 3))))
