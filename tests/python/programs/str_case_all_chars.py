# Every character's case mappings and case/letter predicates against python3's (Unicode 14.0):
# one checksum per block of 256 code points, so that a difference names its block.
import zlib

methods = ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isupper',
           'islower', 'istitle', 'isalpha', 'isalnum', 'isidentifier']
for base in range(0, 0x20000, 256):
    results = []
    for cp in range(base, base + 256):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        results.append(repr([getattr(c, m)() for m in methods]))
    print(hex(base), zlib.crc32('|'.join(results).encode()))
