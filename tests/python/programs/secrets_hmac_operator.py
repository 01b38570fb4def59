# secrets and hmac import (_operator._compare_digest, random.SystemRandom)
import secrets, hmac, hashlib, _operator
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), type(secrets.token_urlsafe(4)).__name__, 0 <= secrets.randbelow(10) < 10, secrets.choice("a") == "a")
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("ab", "ac"), hmac.compare_digest(b"a", b"ab"), _operator.add(1, 2), _operator.itemgetter(0)("x"))
print(hmac.new(b"key", b"msg", hashlib.sha256).hexdigest(), hmac.digest(b"k", b"m", "md5"))
try: hmac.compare_digest("é", "é")
except TypeError as e: print(e)
try: hmac.compare_digest("a", b"a")
except TypeError as e: print(e)
for a, b in [(b'a', 'a'), ('a', 1), (1, 2), ([1], b'a'), (bytearray(b'x'), b'x')]:
    try: print(hmac.compare_digest(a, b))
    except TypeError as e: print(e)
