# eval / exec / __import__: namespaces, defaults, errors.
x = 5
print(eval("x + 1"), eval("x", {"x": 100}), eval("y * 2", {}, {"y": 4}), eval("  3 * 3"))
def f():
    local = 7
    return eval("local * 2"), eval("x")
print(f())
g = {}
exec("import math\nr = math.floor(2.7)\ndef h(a):\n    return a + r\n", g)
print(g["r"], g["h"](10), "__builtins__" in g)
loc = {}
exec("z = 1\nw = z + 1", {}, loc)
print(sorted(loc.items()))
exec("counter = 0\nfor i in range(5):\n    counter += i")
print(counter)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError for statement")
try:
    eval("undefined_name")
except NameError as e:
    print(e)
try:
    exec("raise KeyError('inside exec')")
except KeyError as e:
    print("KeyError", e)
m = __import__("math")
print(m.pi, __import__("collections").deque([1]).pop())
print(eval("[a * 2 for a in range(3)]"), eval("(lambda q: q + x)(1)"), eval("sorted({3, 1, 2})"))
