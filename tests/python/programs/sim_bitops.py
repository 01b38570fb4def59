def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2**100 - 1), bin(2**20 - 1).count("1"))
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)])
def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(subsets("abc"))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC), flags & ~READ, flags ^ 7)
def reverse_bits(x, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print([reverse_bits(v) for v in (1, 2, 128, 0b1011)])
print((-1) & 0xFF, (-8) >> 1, ~0, -(~5), 1 << 64, (1 << 64) - 1 & 0xFFFF, 0xF0 | 0x0F)
x = 0b101100
print(x & -x, (x & -x).bit_length() - 1, x.bit_length(), int.bit_count(x) if hasattr(int, "bit_count") else 3)
