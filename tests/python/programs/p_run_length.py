from itertools import groupby
def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))
def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
for s in ["aaabbbcccd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
def compress(data):
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += [j - i, data[i]]
        i = j
    return bytes(out)
print(compress(b"aaaabbbcc"), list(compress(bytes(300))))
