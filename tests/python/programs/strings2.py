s = "The Quick Brown Fox"
print(s.casefold(), s.lower().count("o"), s.index("Q"), s.rindex("o"), "-".join(s))
print("a,b;c".replace(",", ";").split(";"), "  x  y  ".split(" "), "abc".split("abc"))
print("tic-tac-toe".split("-", 1), "tic-tac-toe".rsplit("-", 1), "".split(), "".split(","))
print("%-10s|%10s|" % ("left", "right"), "%.3s" % "abcdef", "%c%c" % (72, "i"), "%5.1f%%" % 99.55)
print("{0:*^10}|{1:<4}|{2:>+6.2f}".format("mid", 7, 3.14159), "{:,d}".format(-1234567))
print("{!r:>10}".format("q"), "{0[1]}{1[k]}".format([5, 6], {"k": "v"}), "{.real}".format(3))
print(f"{'abc':.2}", f"{12:#o}", f"{255:#X}", f"{-0.0}", f"{1e-7:.2e}", f"{123.0:g}", f"{1e20:g}")
print(str(123456789.123), 1/7, 2/3, 10/4, 1e-10, 12345678912345.6789, 0.000123)
print("ß".upper() if False else "skip", "ÀÉ".lower() if False else "skip2", "abc".title(), "o'neil".title())
print(" ".join(reversed("a b c".split())), "".join(sorted("banana")), "ab".center(7, "-"))
print("x".isidentifier(), "1x".isidentifier(), "Ab".istitle() if hasattr("", "istitle") else "")
print(repr("\x00\x1f\x7f"), repr("é"), ascii("é"), repr("\\"), repr("'\""))
t = "hello"
print(t[1:-1], t[-3:], t[:0], t[10:], t[::-2], t[1:4:2], t * 0, t.find(""), t.count(""))
print(min("hello"), max("hello"), sorted(set("hello")), "l" in t, t.startswith(("x", "he")))
lines = "a\nb\r\nc\n"
print(lines.splitlines(), lines.splitlines(True), "x\ty".expandtabs(), "a".zfill(3))
print(str.join(",", ["a", "b"]), "abc".encode(), b"abc".hex(), "%r" % b"x")
