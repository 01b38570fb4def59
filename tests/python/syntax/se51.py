# yield from is not allowed in a coroutine
async def f():
    yield 1


async def g():
    yield from f()
