# random's real-valued distributions, getstate/setstate, randbytes and sample(counts=): the
# exact values CPython gives for a seed (each distribution consumes random() in its own order).
import random

random.seed(12345)
print([round(random.gauss(0, 1), 12) for _ in range(5)])
print(random.gauss(10, 2), random.gauss(), random.normalvariate(), random.normalvariate(5, 0.5))
print(random.lognormvariate(0, 0.25), random.expovariate(1.5), random.expovariate(0.1))
print(random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0.5, 0.0), random.vonmisesvariate(3, 0.5))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 2.5, 9.0)])
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.paretovariate(3))
print(random.weibullvariate(1.5, 2), random.triangular(), random.triangular(1, 10),
      random.triangular(1, 10, 2), random.triangular(5, 5, 5))
for bad in ((0, 1), (1, -1)):
    try:
        random.gammavariate(*bad)
    except ValueError as e:
        print("ValueError:", e)

r = random.Random(99)
print(r.randbytes(0), r.randbytes(1), r.randbytes(7), r.randbytes(13).hex())
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
a = [r.random() for _ in range(3)], r.gauss(0, 1), r.randrange(10 ** 30)
r.setstate(state)
b = [r.random() for _ in range(3)], r.gauss(0, 1), r.randrange(10 ** 30)
print(a == b, a)
# gauss_next travels with the state
r.gauss(0, 1)
s2 = r.getstate()
print(s2[2] is not None, r.gauss(0, 1) == (r.setstate(s2) or r.gauss(0, 1)))
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
random.seed(7)
st = random.getstate()
x = random.random()
random.setstate(st)
print(random.random() == x)
for bad in ((3, (1, 2, 3), None), (3, tuple(range(624)) + (625,), None), (4, (), None), (3, [0] * 625, None)):
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

random.seed(3)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(4), 3, counts=[1, 2, 3, 4]))
print(random.sample("abc", k=2, counts=[1000000, 1, 1]))
for counts in ([1, 2], [0, 0, 0], [1.5, 1, 1]):
    try:
        random.sample("abc", 2, counts=counts)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Mine(random.Random):
    def random(self):
        return 0.25


m = Mine(1)
print(m.gauss(0, 1), m.expovariate(2), m.triangular(0, 4), m.normalvariate(0, 1))
