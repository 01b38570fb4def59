r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:4], r[::-1], list(r[::2]), 5 in r, 6 in r)
print(r.index(8), r.count(8), range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2))
print(list(range(10, 0, -2)), list(range(-5)), list(range(0, -10, -3)), range(3)[-1], bool(range(0)))
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(7)))
try:
    range(3)[5]
except IndexError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r.index(100)
except ValueError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-3, None).indices(10))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdefg"[slice(2, -1)])
print(slice(1, 2) == slice(1, 2), repr(slice(None, 5)), data[-100:100], data[8:2], data[8:2:-2])
class Seq:
    def __getitem__(self, k):
        return k
sq = Seq()
print(sq[1:2], sq[::3], sq[1:2, 3], sq[...], sq[:, None])
print(list(range(5))[::-1][1:3], "hello"[10:], "hello"[-10:2], (1, 2, 3)[::-2])
print(hash(range(3)) == hash(range(0, 3)), range(1, 5, 2).start, range(1, 5, 2).stop, range(1, 5, 2).step)
