print(chr(97), chr(8364), chr(128512), ord("a"), ord("€"), ord("😀"), chr(ord("a") + 1))
print(bin(10), bin(-10), oct(10), oct(-10), hex(255), hex(-255), bin(0), hex(0))
print(int(bin(10), 2), int(oct(64), 8), int(hex(255), 16), int("0b1010", 0), int("0o777", 0), int("0xfF", 0))
print(format(10, "b"), format(10, "#b"), format(10, "08b"), format(255, "X"), format(255, "#o"))
print(int("zz", 36), int("ZZ", 36), int("10", 2), int("  12  "), int("-0"), int("+7"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    bin(1.5)
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 7
print(bin(Idx()), hex(Idx()), [0, 1, 2, 3, 4, 5, 6, 7, 8][Idx()], "abcdefghij"[Idx()])
print([chr(c) for c in range(65, 91, 5)], "".join(map(chr, [119, 101, 102, 116])))
