text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>6} {'*' * n} {n}")
print(len(freq), sum(freq.values()), [w for w, n in freq.items() if n == 1][:4])
