class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
print(len(Box([1, 2])), 2 in Box([1, 2]), 3 not in Box([1, 2]), bool(Box([])))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
print(len(""), len("é😀"), len(b"\x00\x01"), len(range(0, 10, 3)), len({1: 1, 2: 2}), len(frozenset("abc")))
print("ab" in "cabd", 1 in (1, 2), "k" in {"k": 1}, 1 in {1.0}, None in [None], [1] in [[1]])
print(3 in range(10), 3.0 in range(10), 3.5 in range(10), "x" not in "abc")
