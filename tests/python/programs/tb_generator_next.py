def numbers():
    yield 1
    yield int("two")
g = numbers()
print(next(g))
print(next(g))
