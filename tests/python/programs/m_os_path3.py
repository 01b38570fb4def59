import os.path as p
cases = ["/usr/local/lib/python3.11/", "relative/dir/file.tar.gz", "file", "/", "", ".", "..", "a//b///c", "/a/./b/../c"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c) if c else "-", p.isabs(c))
print(p.join("a", "b", "/c", "d"), p.join("a", ""), p.join("", "b"), p.commonprefix(["abc", "abd", "ab"]))
print(p.relpath("/x/y/z", "/x"), p.relpath("/x", "/x/y/z"), p.normcase("ABC"), p.expanduser("nohome"))
print(p.sep, p.extsep, p.pardir, p.curdir)
