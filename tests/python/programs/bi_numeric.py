print(abs(-5), abs(3.5), abs(-0.0), abs(2 - 3j) if False else 3.6, round(2.567, 2), round(-0.5), round(1.45, 1))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -2), pow(10, 3, 7), pow(-2, 3))
print(sum([0.1, 0.2, 0.3]), sum(range(100)), sum([[1], [2]], []), sum((1.5, 2.5), 10))
print(round(123.456, -1), round(123.456, 0), round(5), type(round(5.5)), round(0.125, 2), round(0.375, 2))
print(max(1, 2.0), min(True, 2), abs(-True), sum([True, True]), divmod(True, 2))
class N:
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return f"round {n}"
print(abs(N()), round(N()), round(N(), 3))
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
print(all([1, 2]), any([0, 0.0, ""]), all(x < 5 for x in range(5)), any(x > 3 for x in range(5)))
