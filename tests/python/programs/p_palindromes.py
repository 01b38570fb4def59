import re
def is_pal(s):
    t = re.sub(r"[^a-z0-9]", "", s.lower())
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"]:
    print(repr(s), is_pal(s))
def longest_pal(s):
    best = ""
    for c in range(len(s)):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1
                r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best
print(longest_pal("babad"), longest_pal("cbbd"), longest_pal("forgeeksskeegfor"))
print([n for n in range(100, 200) if str(n) == str(n)[::-1]])
