buf = bytearray()
for word in ["hello", " ", "world"]:
    buf += word.encode()
buf.extend(b"!!")
print(buf, len(buf), buf.decode().title())
buf[0:5] = b"HELLO"
del buf[-1]
print(buf, buf.count(b"l"), buf.find(b"world"), buf.upper(), bytes(buf[::2]))
checksum = sum(buf) % 256
print(checksum, hex(checksum), buf.hex()[:10])
frame = bytearray(8)
frame[0] = 0x7E
frame[1:3] = (300).to_bytes(2, "big")
frame[-1] = 0x7E
print(list(frame), int.from_bytes(frame[1:3], "big"), frame.startswith(b"\x7e"))
rev = bytearray(b"abc")
rev.reverse()
print(rev, rev.pop(), rev, rev + b"z", b"z" + rev)
