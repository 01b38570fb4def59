from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
text = "the rain in spain falls mainly on the plain in spain"
c = Counter(text.split())
print(c.most_common(3), c["spain"], c["nothing"], len(c), sum(c.values()))
c2 = Counter("mississippi")
print(sorted(c2.items()), list(c2.elements())[:6], c2.most_common()[-1])
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
print({k: dict(v) if isinstance(v, dict) else v for k, v in t["a"].items()} if False else sorted(t["a"].keys()))
dd = defaultdict(set)
for k, v in [(1, "a"), (1, "b"), (2, "a")]:
    dd[k].add(v)
print({k: sorted(v) for k, v in dd.items()}, dd.default_factory is set)
dq = deque(range(10), maxlen=4)
print(dq, list(dq), dq.popleft(), dq)
dq.rotate(-1)
print(dq, dq[1], len(dq), 8 in dq)
P = namedtuple("P", "x y z", defaults=(0,))
p = P(1, 2)
print(p, p._replace(z=5), P._fields, p._asdict(), tuple(p), p.x + p.y + p.z)
print(sorted([P(3, 1), P(1, 2), P(1, 1)]), P(1, 2) == (1, 2, 0), hash(P(1, 2)) == hash((1, 2, 0)))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["z"] = 9
print(list(od.items()), od.popitem(last=False), list(od))
window = deque(maxlen=3)
avgs = []
for x in [1, 5, 3, 8, 2, 9]:
    window.append(x)
    avgs.append(round(sum(window) / len(window), 2))
print(avgs)
