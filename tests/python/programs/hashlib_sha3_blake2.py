# hashlib's sha3_* and blake2b/blake2s (default digest sizes): digests, sizes, names, copy, new().
import hashlib
for n in ("sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"):
    h = getattr(hashlib, n)(b"abc")
    h2 = hashlib.new(n, b"ab"); h3 = h2.copy(); h3.update(b"c")
    print(n, h.hexdigest(), h.digest_size, h.block_size, h.name, h3.hexdigest() == h.hexdigest(), len(h.digest()))
    print(hashlib.new(n).name, getattr(hashlib, n)(b"").hexdigest()[:16])
print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("shake")))
