s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("dog"), s.index("mat"), s.count("the"), s.count("at"))
print(s.replace("the", "a"), s.replace("the", "a", 1), s.replace("", "-")[:10], s.replace("zz", "yy") == s)
print(s.startswith("the"), s.endswith("hat"), s.startswith(("a", "t")), s[4:7], s.split(" the "))
try:
    s.index("dog")
except ValueError as e:
    print(e)
words = s.split()
print(words.count("the"), [i for i, w in enumerate(words) if w == "the"], " ".join(w.capitalize() for w in words))
print("aaaa".replace("aa", "b"), "abcabc".find("c", 3, 5), "abcabc".rfind("a", 0, 3), "x".center(5, "*"))
print("hello world".title(), "HELLO".casefold(), "Hello".swapcase(), "ab".zfill(4), "-5".zfill(4))
print("%s has %d chars" % (s[:7], len(s)), s.upper()[:7], s.isalpha(), s.replace(" ", "").isalpha())
