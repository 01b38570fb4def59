# hashlib: blake2b/blake2s parameters (digest_size, key, salt, person, tree fields), shake_128/256,
# pbkdf2_hmac, hmac, and their errors, against python3 3.11
import hashlib, hmac
print(hmac.new(b"k", b"msg", "sha256").hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 2, dklen=10).hex())
s = hashlib.shake_128(b"abc"); print(s.name, s.digest_size, s.block_size, s.hexdigest(10), s.digest(5))
s = hashlib.shake_256(b"abc"); print(s.name, s.digest_size, s.block_size, s.hexdigest(40))
print(type(s).__name__, type(hashlib.sha256()).__name__)
b = hashlib.blake2b(b"abc", digest_size=20, key=b"key", salt=b"salt", person=b"me"); print(b.name, b.digest_size, b.block_size, b.hexdigest())
b = hashlib.blake2s(b"abc", digest_size=16, key=b"key", salt=b"salt", person=b"me"); print(b.name, b.digest_size, b.block_size, b.hexdigest())
print(hashlib.blake2b(b"abc").hexdigest())
print(hashlib.blake2s(b"abc").hexdigest())
print(hashlib.blake2b(b"x", fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"x", fanout=2, depth=3, leaf_size=100, node_offset=5, node_depth=1, inner_size=16, last_node=True).hexdigest())
h = hashlib.blake2b(digest_size=32); h.update(b"a" * 200); c = h.copy(); c.update(b"b"); print(h.hexdigest(), c.hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
print(type(hashlib.blake2b()).__name__, hashlib.blake2b().name)
print(hashlib.new("shake_128", b"x").hexdigest(4), hashlib.new("blake2b", b"x", digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
for bad in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k"*65), dict(salt=b"s"*17), dict(person=b"p"*17), dict(fanout=256), dict(depth=0), dict(inner_size=65), dict(node_offset=-1)]:
    try: hashlib.blake2b(**bad)
    except Exception as e: print(type(e).__name__, e)
for bad in [dict(digest_size=33), dict(salt=b"s"*9), dict(node_offset=2**48)]:
    try: hashlib.blake2s(**bad)
    except Exception as e: print(type(e).__name__, e)
for call in [lambda: hashlib.shake_128(b"x").digest(), lambda: hashlib.shake_128(b"x").hexdigest(-1), lambda: hashlib.pbkdf2_hmac("sha256", "pw", b"s", 1), lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 0), lambda: hashlib.pbkdf2_hmac("sha256", b"pw", b"s", 1, dklen=0), lambda: hashlib.blake2b("str")]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(hashlib.shake_128().digest(0), hashlib.blake2b(b"a", digest_size=64).digest_size)
# streaming over block boundaries equals one update; keys of full block size
for n in (0, 1, 63, 64, 65, 127, 128, 129, 1000):
    data = bytes(range(256)) * 4
    for ctor in (hashlib.blake2b, hashlib.blake2s):
        one = ctor(data[:n], key=b"K" * ctor.MAX_KEY_SIZE).hexdigest()
        h = ctor(key=b"K" * ctor.MAX_KEY_SIZE)
        for i in range(0, n, 7): h.update(data[i:min(i + 7, n)])
        print(n, ctor.__name__, one[:16], one == h.hexdigest())
print(type(hashlib.blake2b()), hashlib.blake2b.__module__ if hasattr(hashlib.blake2b, "__module__") else None)
print(hashlib.sha256(b"x").digest_size, hashlib.shake_128(b"abc").copy().hexdigest(8))
