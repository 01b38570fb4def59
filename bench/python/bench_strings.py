# String building: += in a loop, join, formatting, dict of words.
parts = []
s = ""
for i in range(20000):
    s += str(i % 10)
    if i % 1000 == 0:
        parts.append(f"{i:05d}")
print(len(s), s[:20], "-".join(parts))
words = {}
text = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " * 200).split()
for w in text:
    words[w] = words.get(w, 0) + 1
print(sorted(words.items())[:3], len(text))
out = []
for i in range(3000):
    out.append("%d:%s" % (i, "x" * (i % 5)))
joined = ",".join(out)
print(len(joined), joined[-30:])
print(sum(len(x) for x in joined.split(",")))
