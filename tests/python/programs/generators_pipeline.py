def read(lines):
    for line in lines:
        yield line.strip()
def parse(lines):
    for line in lines:
        if not line or line.startswith("#"):
            continue
        name, _, value = line.partition("=")
        yield name.strip(), value.strip()
def typed(pairs):
    for k, v in pairs:
        if v.isdigit():
            yield k, int(v)
        elif v.lower() in ("true", "false"):
            yield k, v.lower() == "true"
        else:
            yield k, v
src = ["# config", "name = weft", "", "threads = 4", "debug = True", "  path = /tmp  "]
print(dict(typed(parse(read(src)))))
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 1
    while True:
        yield n
        n += 1
squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(5, evens)))
def running_avg():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)]], [], [[6]]])))
def window(seq, n):
    it = iter(seq)
    win = [next(it) for _ in range(n)]
    yield tuple(win)
    for v in it:
        win = win[1:] + [v]
        yield tuple(win)
print(list(window(range(6), 3)))
