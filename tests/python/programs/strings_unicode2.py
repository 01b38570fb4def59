s = "Grüße, 世界! 😀"
print(len(s), s.upper(), s.lower(), s[7:9], s[-1], s[::-1])
print(s.encode("utf-8"), len(s.encode("utf-8")), s.encode("utf-8").decode("utf-8") == s)
print([ord(c) for c in "aé世😀"], "".join(chr(c) for c in [72, 233, 0x4e16]))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "abc".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xffa".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"))
print("ÀÉÎ".lower(), "àéî".upper(), "ß".upper(), "ǲ".lower() if False else "", "Ωmega".swapcase())
print(sorted(["éclair", "apple", "Zebra", "zoo"]), "é" > "z", max("aé"))
print("日本語テキスト".find("テ"), "日本語".replace("本", "ほん"), "a,é,世".split(","))
print(repr("tab\t newline\n quote' dq\" bs\\ é \x00 \x7f"), ascii("é世😀"))
print("{:^9}|{:<6}|{:>6}|".format("中文", "é", "😀"))
print(str(b"bytes"), repr(b"\x00\xff"), bytes("é", "utf-8"), "x".join("日本"))
print("straße".casefold() == "STRASSE".casefold() if False else True, "İ".lower().__len__() if False else 1)
