import asyncio
async def fetch(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("end", name)
    return f"{name}:{delay}"
async def main():
    results = await asyncio.gather(fetch("slow", 0.03), fetch("fast", 0.01), fetch("mid", 0.02))
    print(results)
    tasks = [asyncio.create_task(fetch(f"t{i}", 0.01 * (3 - i))) for i in range(3)]
    done = []
    for t in tasks:
        done.append(await t)
    print(done)
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.005)
            active.remove(i)
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
asyncio.run(main())
