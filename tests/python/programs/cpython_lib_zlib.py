# zlib (src/modules/zlib_module.cpp over the system's libz) and CPython's gzip on top of it:
# one-shot and streaming compression, checksums, errors, gzip files through io.BufferedReader.
import zlib, gzip, io, os, tempfile
data = b"hello world " * 1000 + bytes(range(256))
c = zlib.compress(data)
print(len(c), zlib.decompress(c) == data, zlib.crc32(data), zlib.adler32(data), zlib.crc32(b"abc", 12345))
print(zlib.compress(b"abc", 9).hex(), zlib.decompress(zlib.compress(data, 1, -15), -15) == data)
co = zlib.compressobj(6, zlib.DEFLATED, 31)
g = co.compress(data[:500]) + co.compress(data[500:]) + co.flush()
print(zlib.decompress(g, 47) == data)
do = zlib.decompressobj()
out = do.decompress(c[:100]) + do.decompress(c[100:] + b"tail")
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
part = do.decompress(c, 50)
print(len(part), len(do.unconsumed_tail) > 0, do.eof)
rest = do.decompress(do.unconsumed_tail) + do.flush()
print(part + rest == data)
for bad in (b"garbage", c[:20]):
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error:", e)
print(gzip.decompress(gzip.compress(data, mtime=0)) == data, gzip.compress(b"x", mtime=0).hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read() == data)
with tempfile.TemporaryDirectory() as d:
    gp = os.path.join(d, "a.gz")
    with gzip.open(gp, "wb") as f:
        f.write(b"line one\nline two\n" * 3)
    with gzip.open(gp, "rb") as f:
        print(f.readline(), f.read(5), f.peek(3)[:3], len(f.read()))
    with gzip.open(gp) as f:
        print(list(f)[:2])
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, type(zlib.error).__name__, zlib.error.__module__)
