def f():
    async for i in x:
        pass
