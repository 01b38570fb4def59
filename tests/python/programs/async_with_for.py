class CM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, *a):
        print("exit", a[0])
        return False
class It:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def main():
    async with CM() as c:
        print("body", type(c).__name__)
    async for v in It():
        print("v", v)

c = main()
try:
    c.send(None)
except StopIteration:
    pass
