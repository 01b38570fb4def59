x = "global"
print([x for x in range(3)], x)
print({x: x * 2 for x in "ab"}, x)
print(list(x * 2 for x in [1]), x)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({(a, b) for a in range(2) for b in range(2) if a != b})
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
gen = (i for i in range(3))
print(sum(gen), sum(gen))
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print(dict((k, v) for k, v in zip("abc", range(3))), set(c.upper() for c in "aab"))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
print([n for n in range(20) if all(n % d for d in range(2, n)) and n > 1])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
