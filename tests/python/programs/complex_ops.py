z = 3 + 4j
w = complex(1, -2)
print(z, w, 2j, -2j, 1j * 1j, 0j, complex(), complex(-0.0, 0.0), complex(0, -0.0))
print(z.real, z.imag, z.conjugate(), abs(z), abs(w))
print(z + w, z - w, z * w, z / w, z ** 2, z ** -1, w ** 0.5, 2 ** z)
print(z + 1, 1 + z, z * 2.5, 2.5 * z, z - 1, 1 - z, 1 / z, z / 2)
print(z == 3 + 4j, z != w, complex(2, 0) == 2, complex(2.5, 0) == 2.5, 1j == 1)
print(hash(complex(2, 0)) == hash(2), hash(complex(1.5, 0)) == hash(1.5), hash(z) == hash(3 + 4j))
print(complex("1+2j"), complex("(3-4.5j)"), complex(" 2j "), complex("-j"), complex("1e3"), complex("1e-2+1e2J"))
print(complex(1.5), complex(2, 3.5), complex(1 + 1j, 1j), complex(True))
print(repr(1e20j), repr(1.5e-7 + 1j), repr(complex(float("inf"), float("nan"))), 1e16j)
print(type(z).__name__, type(z), isinstance(z, complex), isinstance(1, complex))
print(bool(0j), bool(1j), bool(complex(0, 0.0)))
print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)
print(sum([1j, 2, 3.5]), [1j * i for i in range(3)])
print(f"{z}", f"{z:.2f}", str(z), "%s" % z)
print((1 + 2j) ** 3, (1 + 1j) ** 100, (0.5 + 0.5j) ** -3)
for bad in ["abc", "1+", "j1", "1+2"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    z / 0
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
try:
    int(z)
except TypeError as e:
    print(e)
d = {1j: "a", complex(2, 0): "b"}
print(d[1j], d[2], {1j, 1j, 2j} == {1j, 2j})
print(divmod(7, 2), pow(2j, 2))
class Num:
    def __complex__(self):
        return 5 + 6j
print(complex(Num()))
