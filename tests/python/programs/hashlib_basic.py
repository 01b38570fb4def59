# hashlib: md5, sha1, sha224, sha256, sha384, sha512 and new(); update/digest/hexdigest/copy.
import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"hello")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    h2 = hashlib.new(name)
    h2.update(b"hel")
    c = h2.copy()
    h2.update(b"lo")
    print(h2.digest() == h.digest(), c.hexdigest() == hashlib.new(name.upper(), b"hel").hexdigest())
print(hashlib.sha256("héllo".encode()).hexdigest())
print(hashlib.md5(bytearray(b"abc")).hexdigest(), hashlib.sha1(string=b"").hexdigest())
print(len(hashlib.sha512(b"x" * 100000).digest()))
for bad in [lambda: hashlib.md5("str"), lambda: hashlib.new("nope"), lambda: hashlib.sha1(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
