# bytes: methods, operators, hex, encode/decode errors (bytearray is not implemented in weft yet).
print(b, len(b), b[0], b[-1], b[1:4], b[::-1], b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"))
print(bytes(5), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(3)), b"a" + b"b", b"ab" * 3, b"x" in b"xyz", 120 in b"xyz")
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(), b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b.decode())
print(b"a,b,c".split(b","), b"-".join([b"a", b"b"]), b"abc".center(7, b"*"), b"ABC".lower(), b"  x ".strip(), b"abc".isalpha(), b"12".isdigit())
print(list(b"abc"), [x for x in b"hi"], b"abc" < b"abd", b"abc" == b"abc", hash(b"abc") == hash(b"abc"), repr(b"'\"\n\x7f"), bytes.__name__)
print(b"ab".join([b"1", b"2", b"3"]), b"x".ljust(3, b"."), b"Hello World".title(), b"hello".capitalize(), b"a\tb".expandtabs(4), b"AbC".swapcase())
print(b"hello".partition(b"l"), b"hello".rpartition(b"l"), b"abc".zfill(5), b"a b".split(b" ", 1), b"a\nb".splitlines(), b"xyx".lstrip(b"x"), b"xyx".rstrip(b"x"))
try:
    b"abc"[5]
except IndexError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
