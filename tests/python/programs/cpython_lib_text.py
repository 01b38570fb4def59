# CPython's own textwrap, shlex, difflib, pprint, fnmatch under weft
import textwrap, shlex, difflib, pprint, fnmatch
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(repr(textwrap.dedent("    a\n      b\n    c\n")))
print(textwrap.indent("x\ny\n", "> "))
print(shlex.split('a "b c" d\\ e \'f g\''))
print(shlex.quote("it's"), shlex.join(["a b", "c"]))
a = ["one", "two", "three", "four"]
b = ["one", "too", "three", "five", "six"]
for line in difflib.unified_diff(a, b, "a", "b", lineterm=""):
    print(line)
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
data = {"b": [1, 2, {"x": list(range(12))}], "a": ("t" * 30, "u" * 30), "c": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
print(pprint.pformat([[1, 2], [3, 4]], indent=2))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("Foo.PY", "*.py"))
print(fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.translate("a?[bc]*"))
