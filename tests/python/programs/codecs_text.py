# str.encode / bytes.decode: utf-8, ascii, latin-1 with every error handler, CPython's messages.
for data in [b"\xff", b"a\xe2\x28\xa1", b"\xe2\x82", b"ok\xc3", b"\xf0\x9f\x98\x80!", b"\xed\xa0\x80"]:
    for err in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(repr(data.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(e)
for s in ["é", "aé€b", "日本", "x😀"]:
    for enc in ["ascii", "latin-1"]:
        for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(e)
print(b"\xe9t\xe9".decode("latin-1"), str(b"abc", "ascii"), bytes("é", "latin-1"), "x".encode(encoding="UTF_8"))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e, isinstance(e, ValueError), type(e).__mro__[1].__name__)
try:
    "x".encode("rot13x")
except LookupError as e:
    print(e)
