import random
random.seed("weft")
random.seed(123)
print(random.random(), random.randint(1, 6), random.choice(["r", "g", "b"]))
rng = random.Random(99)
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], rng.sample(deck, 3), rng.randrange(10, 100, 10))
print([rng.randint(0, 1) for _ in range(20)])
print(round(rng.uniform(-1, 1), 12), rng.choices("ab", weights=[1, 9], k=8))
counts = {}
random.seed(5)
for _ in range(1000):
    v = random.randint(1, 3)
    counts[v] = counts.get(v, 0) + 1
print(sorted(counts.items()))
random.seed(1)
s1 = random.getstate() if hasattr(random, "getstate") else None
a = random.random()
random.seed(1)
print(a == random.random())
