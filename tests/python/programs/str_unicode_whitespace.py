# str white space is Unicode's (and \x1c-\x1f): split()/rsplit()/strip()/isspace() on non-ASCII
# text; strip(chars) with non-ASCII characters works per character (was per byte: broken UTF-8)
cases = ["éa", "ééaé", "a\xa0b\u3000c", " \u3000x\xa0", "a\x1cb\x1fc", "\u2003 x \u2003", "  plain ascii  ", "é  è  ê", "\t\n", ""]
for s in cases:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.isspace())
print(repr("éa".strip("è")), repr("ééaé".strip("é")), repr("éxé".lstrip("é")), repr("abcé".rstrip("éc")), repr("xyz".strip("zé")))
print(b"a\x1cb".split(), b" x ".strip(), repr(b"\xc3\xa9a".strip(b"\xa9\xc3")))
class S(str): pass
print(repr(S("\xa0x\xa0").strip()), type(S(" x ").strip()).__name__)
