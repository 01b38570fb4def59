class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True
    def contains(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return False
            node = node[ch]
        return "$" in node
    def with_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k, v in sorted(n.items()):
                if k == "$":
                    out.append(prefix + acc)
                else:
                    walk(v, acc + k)
        walk(node, "")
        return out
t = Trie()
for w in ["car", "card", "care", "cat", "dog", "do", "dot"]:
    t.insert(w)
print(t.contains("car"), t.contains("ca"), t.with_prefix("ca"), t.with_prefix("do"), t.with_prefix("x"))
