async def f(x):
    return x * 2
async def main():
    v = await f(3)
    print(v)
c = main()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
