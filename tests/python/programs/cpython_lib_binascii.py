# weft's binascii (lib/binascii.py) and CPython's own base64.py over it
import binascii as B
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]:
    e = B.b2a_base64(d)
    print(e[:40], B.a2b_base64(e) == d, B.crc32(d), B.crc_hqx(d, 0), B.hexlify(d)[:20])
print(B.b2a_base64(b"ab", newline=False), B.hexlify(b"\x01\x02\x03", "-"), B.unhexlify("0aFF"))
for bad in [b"abcde", b"ab", b"a", b"ab=c", b"YWJj\nZA==", b"YW=Jj", b"YWJjZA===", "x\u00e9"]:
    try: print(B.a2b_base64(bad))
    except (B.Error, ValueError) as e: print(type(e).__name__, e)
for bad in [b"YWJjZA==x", b"=YWJj", b"YW\nJj"]:
    try: print(B.a2b_base64(bad, strict_mode=True))
    except B.Error as e: print(type(e).__name__, e)
try: B.unhexlify(b"abc")
except B.Error as e: print(e)
try: B.unhexlify(b"zz")
except B.Error as e: print(e)
print(B.crc32(b"hello", 12345))
import base64
for d in [b"", b"hi", b"weft python", bytes(range(20))]:
    print(base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b16encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d and base64.b32decode(base64.b32encode(d)) == d
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.standard_b64decode("aGk="))
try:
    base64.b64decode("abc")
except B.Error as e:
    print("Error", e)
