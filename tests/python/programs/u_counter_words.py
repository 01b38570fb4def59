from collections import Counter
import re
text = "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife."
words = re.findall(r"\w+", text.lower())
c = Counter(words)
print(c.most_common(3), len(c), c["a"], sum(c.values()))
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(5), "".join(sorted(letters, key=lambda k: (-letters[k], k))[:10]))
