data = [1, 2, 0, 4]
f = lambda x: 10 // x
print([f(x) for x in data])
