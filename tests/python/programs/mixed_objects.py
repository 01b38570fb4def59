class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self.balance})"
    def __lt__(self, other):
        return self.balance < other.balance
accts = [Account("ann", 100), Account("ben"), Account("cat", 50)]
accts[1].deposit(20).deposit(5)
for a, amt in [(accts[0], 30), (accts[1], 100), (accts[2], 50)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("failed:", e, e.needed)
    else:
        print("ok:", a)
    finally:
        print("checked", a.owner)
print(sorted(accts), min(accts).owner, [a.history for a in accts])
try:
    accts[0].deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
def memo(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
class Node:
    def __init__(self, val, children=()):
        self.val = val
        self.children = list(children)
    def walk(self, depth=0):
        yield depth, self.val
        for ch in self.children:
            yield from ch.walk(depth + 1)
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for d, v in tree.walk():
    print("  " * d + v)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)
data = "3,1,4,1,5,9,2,6,5,3,5"
nums = list(map(int, data.split(",")))
print(sorted(set(nums)), nums.count(5), nums.index(9), sum(nums) / len(nums))
print({n: nums.count(n) for n in sorted(set(nums))})
print(list(zip(*[iter(nums)] * 3)))
stack = []
for ch in "(()[]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        assert "([{".index(opener) == ")]}".index(ch)
print("balanced", not stack)
print(f"{'done':=^20}")
