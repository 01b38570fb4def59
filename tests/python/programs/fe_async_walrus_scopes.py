# what the symbol table allows (async comprehensions and awaits where CPython takes them, walruses
# outside iterables, attribute keys repeated in mapping patterns) and what it refuses, through
# compile(): CPython's messages and positions
import asyncio


async def agen():
    for i in range(3):
        yield i


async def main():
    a = [x async for x in agen()]
    b = [await asyncio.sleep(0, x) for x in range(2)]
    c = [y async for y in agen() if (z := y)]
    d = (await asyncio.sleep(0, w) for w in range(2))
    e = [v async for v in d]
    async with asyncio.Lock() as lk, asyncio.Lock():
        pass
    return a, b, c, z, e


print(asyncio.run(main()))
print([(last := x) for x in range(3)], last)


class K:
    a = 1
    b = 2


match {"a": 1, 2: 3}:
    case {"a": 1, K.a: 3, K.a: 4}:
        print("no")
    case {"a": 1, 2: v}:
        print("yes", v)

for src in [
    "def f():\n    async with x:\n        pass\n",
    "for x in y:\n    async for i in x: pass\n",
    "def f():\n    await x\n",
    "f = lambda: await x\n",
    "await x\n",
    "class C:\n    await x\n",
    "[x async for x in y]\n",
    "def f():\n    return {x: y async for x, y in z}\n",
    "[x for x in (y := [1])]\n",
    "{x for x in range(3) for z in (w := x)}\n",
    "[i := 0 for i in range(3)]\n",
    "[[(j := 1) for k in y] for j in z]\n",
    "class C:\n    [y := 1 for x in z]\n",
    "def f():\n    def g():\n        nonlocal   xyz\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "def f(a):\n    global a\n",
    "def f():\n    print(a)\n    nonlocal a\n",
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    "match x:\n    case {-1: 1, -1.0: 2}: pass\n",
    "match x:\n    case [{None: 1, None: 2}]: pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
