# Buffered reads of a pipe: peek() shows what the buffer holds (what one read of the pipe gave),
# read1/readline/read take from it, then from the pipe.
import os

r, w = os.pipe()
os.write(w, b"first\nsecond\nthird\n")
os.close(w)
f = open(r, "rb")
print(f.seekable(), f.readline())
print(f.peek())
print(f.read1(3), f.peek()[:4], f.readline())
print(f.read(), f.read(), f.peek())
f.close()

r, w = os.pipe()
os.write(w, "é\nline two\n".encode())
os.close(w)
t = open(r, encoding="utf-8")
print(t.readline(), t.read())
t.close()

r, w = os.pipe()
os.write(w, b"x" * 100)
os.close(w)
f = open(r, "rb")
print(len(f.peek()), len(f.read(10)), len(f.peek()), len(f.read()))
f.close()
