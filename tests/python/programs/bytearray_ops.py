ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba += b"!"
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), ba.decode(), ba.upper(), ba.find(b"wor"), b"x" + ba[:2])
del ba[0]
ba.insert(0, 74)
print(ba, ba.pop(), ba.hex(), bytearray(3), bytearray([1, 2, 255]), bytearray("é", "utf-8"), bytearray.fromhex("41 42"))
print(ba == bytearray(ba), ba == bytes(ba), b"ello" in ba, 108 in ba, ba.split(b" "), ba.replace(b"l", b"L"), ba.strip(b"J!"))
ba[1:3] = b"EL"
print(ba, list(ba[:3]), ba.count(b"l"), type(ba).__name__, isinstance(ba, bytearray), ba.startswith(b"JE"))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
try:
    hash(ba)
except TypeError as e:
    print(e)
r = bytearray()
for i in range(5):
    r.append(65 + i)
print(r, r.decode("ascii"), bytearray(b"a,b").split(b","), str(r, "ascii") if False else "")
