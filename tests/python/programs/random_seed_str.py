# random.seed with str/bytes/bytearray (SHA-512, version 2), version 1, floats and bad types.
import random

for seed in ["hello", "", "héllo wörld ✓", b"hello", b"\x00\xff" * 40, bytearray(b"abc"),
             "x" * 1000]:
    random.seed(seed)
    a = [random.random() for _ in range(3)]
    b = random.randrange(10**12)
    c = random.getrandbits(70)
    print(repr(seed)[:30], a, b, c)

r = random.Random("hello")
random.seed("hello")
print(r.random() == random.random(), r.randint(1, 100), r.choice("abcdef"))
for seed in ["hello", "héllo", b"bytes", ""]:
    random.seed(seed, version=1)
    print("v1", repr(seed), random.random(), random.randrange(1000))
for seed in [1.5, -2.25, 0.0, 1e300, True, -7, 2**100]:
    random.seed(seed)
    print("num", seed, random.random())
r.seed(12345)
x = r.random()
r.seed(a=12345, version=2)
print(x == r.random())
for bad in [(1, 2), [1], {}, object]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
random.seed(None)
print(0 <= random.random() < 1)
