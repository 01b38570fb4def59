import re
from collections import Counter
text = """Python is an interpreted high-level general-purpose programming language.
Its design philosophy emphasizes code readability with the use of significant indentation.
Python is dynamically-typed and garbage-collected. It supports multiple programming paradigms."""
sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)
print(len(sentences), len(words), len(set(w.lower() for w in words)))
freq = Counter(w.lower() for w in words)
print(freq.most_common(4))
print(max(words, key=len), sorted({len(w) for w in words}))
print({ch: text.lower().count(ch) for ch in "aeiou"})
avg = sum(map(len, words)) / len(words)
print(f"average word length: {avg:.3f}")
longest = sorted(sentences, key=len)[-1]
print(len(longest), longest[:30])
caps = [w for w in words if w[0].isupper()]
print(caps)
