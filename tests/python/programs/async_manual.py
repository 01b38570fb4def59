import types
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            got = yield ("tick", i)
        return "slept %d" % self.n
async def child(n):
    r = await Sleep(n)
    return r.upper()
async def parent():
    a = await child(2)
    b = await child(1)
    return [a, b]
c = parent()
print(type(c).__name__, repr(c).startswith("<coroutine object parent at"))
log = []
try:
    v = c.send(None)
    while True:
        log.append(v)
        v = c.send("ack")
except StopIteration as e:
    print("result", e.value)
print(log)
async def raiser():
    await Sleep(1)
    raise KeyError("in coroutine")
r = raiser()
r.send(None)
try:
    r.send(None)
except KeyError as e:
    print("KeyError", e)
async def catcher():
    try:
        await Sleep(5)
    except ValueError as e:
        return "caught " + str(e)
k = catcher()
k.send(None)
try:
    k.throw(ValueError("thrown in"))
except StopIteration as e:
    print(e.value)
class Bad:
    pass
async def bad():
    await Bad()
try:
    bad().send(None)
except TypeError as e:
    print(e)
cl = child(3)
cl.send(None)
cl.close()
print("closed")
pc = parent()
print(hasattr(pc, "__await__"), hasattr(pc, "__next__"))
pc.close()
