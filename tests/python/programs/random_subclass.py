# random.Random subclasses: overridden random()/getrandbits()/seed(), attributes, super().
import random


class Constant(random.Random):
    def random(self):
        return 0.25


class Counting(random.Random):
    def __init__(self, x=None):
        self.calls = 0
        super().__init__(x)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


class Seeded(random.Random):
    def seed(self, a=None, version=2):
        self.seen = a
        super().seed(42)


class Plain(random.Random):
    pass


c = Constant(1)
print(c.random(), c.uniform(0, 8), c.choice("abcd"), c.randrange(100), c.randint(1, 4))
print(c.choices("abcd", k=3), c.sample(range(10), 3))
lst = list(range(6))
c.shuffle(lst)
print(lst, isinstance(c, random.Random), type(c).__mro__[1] is random.Random)

n = Counting(7)
ref = random.Random(7)
print(n.randrange(1000) == ref.randrange(1000), n.calls, n.choice(range(50)) == ref.choice(range(50)), n.calls)
print(n.random() == ref.random(), n.calls)

s = Seeded("ignored")
print(s.seen, s.random() == random.Random(42).random())
s.seed(99)
print(s.seen)

p = Plain(5)
q = random.Random(5)
print([p.random() for _ in range(2)] == [q.random() for _ in range(2)], p.randint(1, 6) == q.randint(1, 6))
p.tag = "mine"
print(p.tag, vars(p), vars(q))


class Slotted(random.Random):
    __slots__ = ("x",)


sl = Slotted(3)
sl.x = 1
print(sl.x, sl.random() == random.Random(3).random())


class WithInit(random.Random):
    def __init__(self, label):
        self.label = label  # never calls Random.__init__: seeded from the clock


w = WithInit("w")
print(w.label, 0 <= w.random() < 1)
print(Plain.__name__, Plain.__bases__ == (random.Random,), issubclass(Plain, random.Random))
