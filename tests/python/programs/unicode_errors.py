# UnicodeEncodeError/DecodeError/TranslateError: the five arguments and their attributes
# (encoding, object, start, end, reason), CPython messages from them
for c in ['b"\\xff".decode()', 'b"ab\\xc3".decode()', 'b"\\xed\\xa0\\x80x".decode()', '"é".encode("ascii")', '"aéè".encode("ascii")', '"\\U0001F600".encode("latin-1")', 'b"\\x80".decode("ascii")']:
    try:
        eval(c)
    except UnicodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
for e in [UnicodeDecodeError("utf-8", b"\xffab", 0, 1, "invalid start byte"), UnicodeDecodeError("utf-8", b"\xffab", 0, 2, "bad"),
          UnicodeEncodeError("ascii", "éa", 0, 1, "ordinal not in range(128)"), UnicodeEncodeError("ascii", "éèa", 0, 2, "x"),
          UnicodeEncodeError("ascii", "\U0001F600", 0, 1, "x"), UnicodeTranslateError("é", 0, 1, "bad"), UnicodeError("plain"), UnicodeDecodeError]:
    if isinstance(e, type):
        continue
    print(str(e), repr(e))
e = UnicodeTranslateError("é", 0, 1, "bad"); print(e.object, e.start, e.end, e.reason)
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", e)
