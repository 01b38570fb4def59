# Async generators (async def with yield) under asyncio: async for, asend/athrow/aclose,
# __aiter__/__anext__, StopAsyncIteration, finally blocks, errors with CPython's messages;
# async comprehensions and await inside comprehensions; async generator expressions.
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker", n, "done")


async def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
            except ValueError as e:
                print("echo caught", repr(e))
                v = "from-throw"
            received.append(v)
    finally:
        print("echo closing", received)


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def failing():
    yield "first"
    raise KeyError("inside")


async def leaks_stop():
    yield 1
    raise StopAsyncIteration


class Countdown:
    # a hand-written async iterator next to the generators
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def square(v):
    await asyncio.sleep(0)
    return v * v


async def main():
    async for x in ticker(3):
        print("got", x)
    else:
        print("for-else ran")
    print([x async for x in ticker(4)])
    print([x * 10 async for x in ticker(5) if x % 2])
    print({x: x * x async for x in ticker(3)})
    print({x % 2 async for x in ticker(4)})
    print([(x, y) async for x in ticker(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in ticker(2)])
    print([x async for x in Countdown(3)])
    print([await square(i) for i in range(4)])
    print([await square(x) async for x in ticker(3)])

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.__anext__())
    print(await e.athrow(ValueError("boom")))
    print(await e.athrow(ValueError, "two"))
    await e.aclose()
    await e.aclose()
    try:
        await e.__anext__()
    except StopAsyncIteration:
        print("exhausted: StopAsyncIteration")
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("asend after close: StopAsyncIteration")

    fresh = echo()
    try:
        await fresh.asend("x")
    except TypeError as err:
        print("TypeError:", err)
    await fresh.aclose()

    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as err:
        print("RuntimeError:", err)

    f = failing()
    print(await f.__anext__())
    try:
        await f.__anext__()
    except KeyError as err:
        print("KeyError from the generator:", err)
    try:
        await f.__anext__()
    except StopAsyncIteration:
        print("after the error: StopAsyncIteration")

    g = ticker(2)
    try:
        await g.athrow(ZeroDivisionError("not started"))
    except ZeroDivisionError as err:
        print("athrow before start:", err)

    leak = leaks_stop()
    print(await leak.__anext__())
    try:
        await leak.__anext__()
    except RuntimeError as err:
        print("RuntimeError:", err, "| cause:", type(err.__cause__).__name__)

    agen = ticker(2)
    print(type(agen).__name__, agen.__aiter__() is agen, ticker.__name__)
    print(repr(agen).startswith("<async_generator object ticker at 0x"))
    it = agen.__aiter__()
    print(await it.__anext__(), await anext_compat(it))
    await agen.aclose()

    gen_expr = (x * 2 async for x in ticker(3))
    print(type(gen_expr).__name__)
    print([v async for v in gen_expr])
    awaiting_expr = (await square(x) for x in range(3))
    print([v async for v in awaiting_expr])

    # generators interleaving on the event loop
    async def consume(name, n, delay):
        async for x in ticker(n, delay):
            print(name, x)
    await asyncio.gather(consume("a", 3, 0), consume("b", 2, 0))


async def anext_compat(it):
    return await it.__anext__()


asyncio.run(main())


async def errors():
    plain = [1, 2]
    try:
        print([x async for x in plain])
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(errors())
