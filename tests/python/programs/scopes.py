x = "global"
def f():
    print(x)
f()
def g():
    x = "local"
    def h():
        return x
    return h()
print(g())
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
class K:
    y = 10
    z = [y * i for i in range(1)]
    def m(self):
        return self.y
print(K().m(), K.z)
def uses_global():
    global newg
    newg = 5
uses_global()
print(newg)
def shadow(list):
    return list
print(shadow(3))
try:
    def bad():
        print(u)
        u = 1
    bad()
except UnboundLocalError as e:
    print(e)
fns = []
for i in range(3):
    def cl(i=i):
        return i
    fns.append(cl)
print([fn() for fn in fns])
def outer():
    v = []
    def app(n):
        v.append(n)
    app(1); app(2)
    return v
print(outer())
print([i for i in range(3)], 'i' in dir())
