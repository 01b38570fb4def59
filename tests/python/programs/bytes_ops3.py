b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], len(b), b.upper(), b.lower(), b.find(b"World"), b.count(b"l"))
print(b.split(b", "), b.replace(b"World", b"There"), b.startswith(b"Hell"), b + b"!", b * 2)
print(list(b[:3]), bytes([72, 105]), b.hex(), bytes.fromhex("48 69"), b"\x00\x01\xff")
print(b.decode(), b.decode("ascii"), "é".encode(), "é".encode("utf-8").decode("utf-8"))
print(b"abc" < b"abd", b"a" in b"cat", 97 in b"cat", b"x".join([b"1", b"2"]), b" pad ".strip())
print(b"%d-%s" % (5, b"x"), b"A".isupper(), b"12".isdigit(), b"ab".isalpha(), bytes(3), bytes(range(5)))
try:
    b"abc" + "def"
except TypeError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "big"), b"\xe2\x82\xac".decode(), repr(b"'\""))
