# str methods, one by one.
s = "  Hello, World! hello  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" Hd!"), "xxhixx".strip("x"))
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.count("l"), s.count("hello"), s.count(""), s.find("o"), s.rfind("o"), s.find("zz"), s.index("W"), s.rindex("l"))
print(s.startswith("  H"), s.endswith(("x", "  ")), s.startswith("Hello", 2), "abc".endswith("b", 0, 2))
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  a  b ".split(None, 1))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines(True), "".split(","), "".split())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(map(str, range(5))))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "abc".replace("x", "y"))
print("hello".partition("l"), "hello".rpartition("l"), "hello".partition("z"), "hello".rpartition("z"))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(4))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "12345\t6".expandtabs(4))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "12.3".isdecimal(), "  ".isspace(), "Title Case".istitle(), "abc".islower(), "ABC".isupper(), "x1".isidentifier(), "1x".isidentifier(), "".isalpha(), "12".isnumeric(), "abc\x01".isprintable())
print("hello world".title(), "they're bill's".title(), "HELLO".casefold())
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print("%s|%r|%d|%5d|%-5d|%05d|%x|%X|%o|%e|%c|%%|%i" % ("s", "r", 42, 42, 42, 42, 255, 255, 8, 12345.678, 65, 7))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%*d|%-*s|" % (5, 1, 4, "x"), "%.3s" % "abcdef", "%#x %#o" % (255, 8))
print("{} {} {}".format(1, "a", 2.5), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0[1]} {1.real}".format([5, 6], 3))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+d}|{: d}|{:,}|{:_x}|{:#b}|{:o}|{:e}|{:.2%}".format("r", "l", "c", "s", 3.14159, 5, 5, 1234567, 65535, 5, 8, 0.00123, 0.256))
print("{!r} {!s} {!a} {{literal}}".format("x", "y", "é"), format(12, "05"), format("abc", "^7"), format(3.0, "g"), format(1e-10, ".3"))
name, val = "pi", 3.14159
print(f"{name!r:>6} = {val:.{3}f} {val=} {2*3=} {name.upper()} {'nested ' + f'{val:.1f}'} {{}}")
print(f"{12345.6789:,.2f} {-5:=+6d} {255:#06x} {'x':{'<'}{5}}| {3:{'0'}{4}}")
print("é".encode(), "ß" * 3, len("日本語"), "日本語"[1], "日本語"[::-1], ord("€"), chr(8364), "€".encode("utf-8"), ascii("é€"), repr("a'b\"c\n\t\\"))
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" * 0, "ab" * 3, "a" in "cat", "" in "x", "abc"[-1], "abcdef"[1:5:2], "abc"[10:])
print(str(123), str(1.5), str(None), str([1, "a"]), str((1,)), str({"k": "v"}), repr({1, 2}), str(b"x"), str.__name__)
print("Hello".encode("ascii"), "x".encode("latin-1"), "abc".encode("utf-16-le") if False else b"", b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
print("a-b_c d".split("-"), "CamelCaseString".lower(), "x".join("abc"), "%s" % (1,), "%s %s" % ("a", ("b", "c")))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "abc".encode("nonexistent-codec")
except LookupError as e:
    print(e)
