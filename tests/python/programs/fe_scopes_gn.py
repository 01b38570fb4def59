counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = 1
    def mid():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
            return x
        return inner()
    r = mid()
    return x, r
print(outer())
def make_acc():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    return add
acc = make_acc()
print(acc(5), acc(10), acc.__closure__[0].cell_contents)
def declare_later():
    global NEWG
    NEWG = "created"
declare_later()
print(NEWG)
x = "global x"
def shadow():
    x = "local x"
    def show():
        return x
    return show()
print(shadow(), x)
class Scope:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        return a if False else Scope.a
print(Scope().m())
def loop_closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(loop_closures())
try:
    def bad():
        print(undefined_name_xyz)
    bad()
except NameError as e:
    print(e)
def unbound():
    try:
        print(v)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
