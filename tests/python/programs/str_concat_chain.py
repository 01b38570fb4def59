# Chains of str concatenation (s += x in loops): every intermediate string keeps its value when
# a longer one is made from it, when two strings are made from the same one, and when a string
# is appended to itself; hashing, comparison, slicing, methods and non-ASCII text on the results.
s = ""
kept = []
for i in range(400):
    s += chr(97 + i % 26)
    if i % 50 == 0:
        kept.append(s)
print(len(s), s[:30], s[-30:])
print([len(k) for k in kept])
print([k[-5:] for k in kept])
print(all(s.startswith(k) for k in kept))

# two strings made from the same one: the second must not see the first's bytes
base = "x" * 300
for _ in range(3):
    base += "y"
left = base + "LEFT"
right = base + "RIGHT"
print(left[-8:], right[-9:], len(left), len(right), base[-4:], len(base))
more = left + "!"
print(more[-6:], left[-6:], right[-6:])

# appending a string to itself
t = "ab" * 150
t += "c"
t += t
print(len(t), t[299:303], t[-3:], t.count("c"))

# results as dict keys and in comparisons
d = {}
u = ""
for i in range(300):
    u += str(i % 10)
    if i % 100 == 99:
        d[u] = i
w = "".join(str(i % 10) for i in range(200))
print(d[w], w in d, sorted(d.values()), hash(w) == hash(u[:200]), u[:200] == w)
print(u < u + "0", (u + "0")[:-1] == u, u.find("9012"), u.replace("0", "-")[:25])

# non-ASCII pieces
n = ""
for i in range(120):
    n += "é" if i % 3 else "ü€"
print(len(n), n[:7], n[-4:], n.upper()[:5], len(n.encode()))

# a class named by a concatenation chain that is then extended further
name = "K" * 250
name += "lass"
name += "Name"
C = type(name, (), {})
longer = name + "Suffix"
print(C.__name__[-12:], len(C.__name__), longer[-10:])
try:
    C() + 1
except TypeError as e:
    print(str(e)[-40:])

# many strings kept from one chain
parts = []
acc = "start:"
for i in range(2000):
    acc += str(i)
    if i % 400 == 0:
        parts.append(acc)
print([len(p) for p in parts], [p[-4:] for p in parts], len(acc), acc[-12:])
