s = "  Hello, World! 123  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower(), s.strip().upper())
print(s.strip().split(", "), s.count("l"), s.index("W"), s.strip().isprintable(), "123".isnumeric(), "½".isnumeric() if False else True)
print("Hello".ljust(8, ".") + "|", "Hello".rjust(8, ".") + "|", "Hello".center(9, "~"))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print("hello world".capitalize(), "HELLO World".swapcase(), "they're bill's".title())
print("x".isidentifier(), "_1".isidentifier(), "1_".isidentifier(), "class".isidentifier(), " ".isspace(), "".isspace())
print("Mississippi".count("ss"), "Mississippi".replace("ss", "SS", 1), "Mississippi".lower().find("sip"))
print("%s|%s" % ("abc".startswith(("x", "a")), "abc".endswith("c", 0, 3)), "tab\tsep".expandtabs(2))
