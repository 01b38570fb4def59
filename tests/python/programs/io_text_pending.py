# When written text reaches the file, as python3's layers decide it: the text layer keeps
# encoded text until a chunk (8 KiB) fills, a flush, a read, seek or tell (also line_buffering
# at a line end, write_through at once); the buffered layer keeps what fits its buffer (the
# file's block size or buffering=N) and writes larger data at once. `.buffer` writes go ahead
# of pending text. Unclosed files are written at exit.
import io
import os
import subprocess
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
size = os.path.getsize


def content(name):
    with open(name, "rb") as f:
        return f.read()


f = open("t", "w")
f.write("A")
f.buffer.write(b"B")
f.write("C")
f.close()
print("text and buffer", content("t"))

f = open("t", "w")
f.write("A")
f.buffer.flush()
print("buffer.flush", size("t"))
f.flush()
print("flush", size("t"))
f.close()

f = open("t", "w")
f.write("A")
os.write(f.fileno(), b"B")
f.close()
print("os.write", content("t"))

f = open("t", "w", buffering=1)
f.write("A\n")
print("line_buffering newline", size("t"))
f.write("B")
print("line_buffering no newline", size("t"))
f.close()

f = open("t", "w")
f.write("x" * 9000)
print("large text", size("t"))
f.close()
f = open("t", "w")
for _ in range(3):
    f.write("y" * 3000)
    print("3000-char writes", size("t"))
f.close()

f = open("t", "wb")
f.write(b"x" * 300000)  # (larger than any file system's block size)
print("binary larger than the buffer", size("t"))
f.write(b"x" * 10)
print("binary small", size("t"))
f.close()
f = open("t", "wb", buffering=16)
f.write(b"0123456789")
print("buffering=16", size("t"))
f.write(b"0123456789")
print("buffering=16 again", size("t"))
f.write(b"x" * 20)
print("buffering=16 larger", size("t"))
f.close()

f = open("t", "w")
f.write("AB")
print("buffer.tell, tell", f.buffer.tell(), f.tell(), f.buffer.tell())
f.close()

f = open("t", "w+")
f.write("hello")
f.seek(0)
print("w+ read back", repr(f.read()))
f.write(" world")
f.seek(0)
print("w+ after write", repr(f.read()))
f.close()

f = open("t", "w")
print("print to file", file=f)
print("print", size("t"))
f.close()

raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
t.write("through")
print("write_through BytesIO", raw.getvalue())
f = io.TextIOWrapper(open("t", "wb"), encoding="utf-8", write_through=True)
f.write("abc")
print("write_through file buffer", size("t"))
f.buffer.flush()
print("write_through file after buffer.flush", size("t"))
f.close()

code = "f = open('exit.txt', 'w'); f.write('written at exit'); g = open('exit.bin', 'wb'); g.write(b'bytes')"
subprocess.run([sys.executable, "-c", code])
print("unclosed at exit", content("exit.txt"), content("exit.bin"))
