# generator and coroutine state attributes: gi_running (True only while the body runs),
# gi_suspended, gi_code; cr_running, cr_suspended, cr_code
def g():
    me = yield "first"
    print("inside: running", me.gi_running, "suspended", me.gi_suspended)
    yield "second"


x = g()
print(x.gi_running, x.gi_suspended, x.gi_code.co_name, x.gi_code.co_filename.endswith(".py"))
print(next(x), x.gi_running, x.gi_suspended)
print(x.send(x))
for _ in x:
    pass
print("done: running", x.gi_running, "suspended", x.gi_suspended)


async def co():
    return 1


c = co()
print(c.cr_running, c.cr_suspended, c.cr_code.co_name)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_running, c.cr_suspended)
gen = (i for i in range(2))
print(gen.gi_code.co_name, gen.gi_running, list(gen))
