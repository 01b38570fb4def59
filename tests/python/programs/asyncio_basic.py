import asyncio
async def worker(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()
async def main():
    out = []
    results = await asyncio.gather(worker("c", 0.03, out), worker("a", 0.01, out), worker("b", 0.02, out))
    print(results, out)
    t = asyncio.create_task(worker("t", 0.01, out))
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got
    p, c = await asyncio.gather(producer(), consumer())
    print(c)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(("in", i))
            await asyncio.sleep(0)
            order.append(("out", i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    async def boom():
        raise ValueError("inside task")
    try:
        await asyncio.gather(boom(), worker("x", 0, out))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather(boom(), return_exceptions=True))
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled!")
            raise
    f = asyncio.create_task(forever())
    await asyncio.sleep(0)
    f.cancel()
    try:
        await f
    except asyncio.CancelledError:
        print("awaiting cancelled task raised CancelledError", f.cancelled())
    return "main done"
print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else True)
