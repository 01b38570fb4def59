text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
import re
from collections import Counter
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
print(len(words), c.most_common(5))
print(sorted(w for w in c if len(w) > 7))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:2d}: {line[:30]:<30}| {len(line.split()):2d} words")
print(" ".join(w.capitalize() for w in words[:6]))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.rfind("age"))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a-b-c".split("-"))), "abc".center(11, "."))
def wrap(s, width):
    out, line = [], ""
    for w in s.split():
        if len(line) + len(w) + (1 if line else 0) > width:
            out.append(line)
            line = w
        else:
            line = line + " " + w if line else w
    out.append(line)
    return out
for l in wrap(text.replace("\n", " "), 40):
    print("|" + l.ljust(40) + "|")
caesar = lambda s, k: "".join(chr((ord(ch) - 97 + k) % 26 + 97) if ch.islower() else ch for ch in s)
print(caesar("hello world", 3), caesar(caesar("hello world", 3), -3))
print(re.sub(r"(\w+) of (\w+)", r"\2's \1", "the age of wisdom"))
