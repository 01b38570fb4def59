a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = "hello"
print(head, rest)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
for (p, q) in matrix:
    print(p * q, end=" ")
print()
d = {"x": 1}
key, = d
print(key)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print([*"ab", *[1]], (*range(2),), {**{"a": 1}, "b": 2})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
nested = [(1, ("a", "b")), (2, ("c", "d"))]
print([(n, s1 + s2) for n, (s1, s2) in nested])
lst = [0, 0, 0]
lst[0], lst[2] = "x", "z"
print(lst)
class O:
    pass
o = O()
o.a, o.b = 1, 2
print(o.a, o.b)
