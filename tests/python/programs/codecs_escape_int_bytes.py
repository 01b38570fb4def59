# raw_unicode_escape and unicode_escape codecs; int() and float() of bytes
import codecs
print(repr('a\\u0041\xe9\u20ac\U0001F600\n'.encode('raw_unicode_escape')))
print(repr(b'a\\u0041\\\\u0041\\U0001F600\xe9'.decode('raw-unicode-escape')))
print(repr('a\\\'"\t\n\r\x00\x7f\xe9\u20ac\U0001F600'.encode('unicode_escape')))
print(repr(b'a\\x41\\n\\101\\u20ac\\N{BULLET}\xe9\\\n.\\a\\b\\f\\v\\t\\r\\"\\\''.decode('unicode_escape')))
for b in [b'\\u12', b'\\U00110000', b'\\x4', b'\\', b'\\N{XYZ ABC}', b'\\N{', b'ab\\\\\\u0041']:
    for c in ['raw_unicode_escape', 'unicode_escape']:
        for err in ['strict', 'replace', 'ignore']:
            try:
                print(c, err, repr(b.decode(c, err)))
            except UnicodeDecodeError as e:
                print(c, err, type(e).__name__, e)
print(codecs.decode(b'\\t', 'unicode_escape'), codecs.encode('\u1234', 'raw_unicode_escape'))
print(codecs.unicode_escape_decode(b'\\x41'), codecs.raw_unicode_escape_encode('\xff\u0100'))
print(str(b'\\u00e9x', 'raw-unicode-escape'), 'x\u0394'.encode('unicode-escape'))
print(int(b'12'), int(b' 0x1f ', 0), int(b'777', 8), int(b'-1_000'), float(b'1.5'), float(b' -2e3 '))
for x in [b'x', b'1.5', b'']:
    for f in [int, float, lambda v: int(v, 16)]:
        try:
            print(f(x))
        except ValueError as e:
            print(e)
