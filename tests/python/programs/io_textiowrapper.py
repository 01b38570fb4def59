# io.TextIOWrapper over binary streams (BytesIO, BufferedReader, sys.stdout.buffer): newline
# modes, incremental decoding across chunk boundaries, errors=, line_buffering
import io, sys
raw = "a\r\nb\rc\nd é\u20ac😀" * 3
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(raw.encode()), encoding="utf-8", newline=nl)
    print(repr(nl), [t.readline() for _ in range(4)], repr(t.read(5)), repr(t.read()))
t = io.TextIOWrapper(io.BufferedReader(io.BytesIO("x\ny\n".encode("latin-1"))), encoding="latin-1")
print(list(t), t.encoding)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
w.write("one\ntwo\n"); w.flush(); print(b.getvalue())
w = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
w.write("through stdout.buffer\n")
print("after")
with io.TextIOWrapper(io.BytesIO(b"\xff\xfeok"), encoding="utf-8", errors="replace") as t:
    print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(("é" * 5000).encode()), encoding="utf-8")
print(len(t.read(4999)), len(t.read()))
try:
    io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print("UDE", e.reason)
sys.stdout.reconfigure(encoding="utf-8", line_buffering=True)
print(sys.stdout.encoding)
