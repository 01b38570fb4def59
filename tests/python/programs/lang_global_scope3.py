x = 0
def f():
    global x
    for i in range(3):
        x += i
    return x
print(f(), x)
def g():
    x = 100
    def h():
        global x
        return x
    return h()
print(g())
def k():
    print(x)
k()
def bad():
    try:
        print(x)
        x = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bad()
class C:
    x = "class x"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def outer():
    v = 1
    class Inner:
        w = v + 1
    return Inner.w
print(outer())
