print(eval("2 ** 10"), eval("[x * x for x in range(4)]"), eval("'abc'.upper()"))
g = {"a": 5}
l = {"b": 7}
print(eval("a + b", g, l), eval("len(s)", {"s": "four"}))
code = """
def area(r):
    return 3 * r * r
result = area(4)
"""
ns = {}
exec(code, ns)
print(ns["result"], ns["area"](2), "__builtins__" in ns)
exec("x = 10\ny = x * 2", g)
print(g["x"], g["y"])
def run_local():
    loc = {}
    exec("z = 3", {}, loc)
    return loc
print(run_local())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_var_q")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
c = compile("1 + 2", "<s>", "eval")
print(eval(c), type(c).__name__)
c2 = compile("print('compiled exec')", "<s>", "exec")
exec(c2)
print(eval("__name__"), eval("abs(-3)", {"__builtins__": __builtins__}))
