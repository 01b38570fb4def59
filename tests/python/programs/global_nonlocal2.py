count = 0
def incr():
    global count
    count += 1
def get():
    return count
for _ in range(5):
    incr()
print(count, get())
def make():
    state = {"n": 0}
    total = 0
    def step():
        nonlocal total
        state["n"] += 1
        total += state["n"]
        return total
    return step
s = make()
print([s() for _ in range(5)])
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())
def g_def():
    global newvar
    newvar = [1]
    newvar.append(2)
g_def()
print(newvar)
def shadow_builtin():
    len = lambda x: -1
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def uses_later_global():
    return later_defined * 2
later_defined = 21
print(uses_later_global())
class K:
    x = 1
    def f(self):
        return x
x = "module x"
print(K().f())
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec
i, d = counter_factory()
print(i(), i(), d(), i())
