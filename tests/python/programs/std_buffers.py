# sys.stdin.buffer / sys.stdout.buffer / sys.stderr.buffer (the competitive-programming
# idiom `input = sys.stdin.buffer.readline`), in order with text output; reconfigure()
import sys

input = sys.stdin.buffer.readline
n = int(input())
nums = list(map(int, input().split()))
print(n, sum(nums), type(nums[0]).__name__)
sys.stdout.buffer.write(b"bytes line\n")
print("text line")
sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
sys.stdout.buffer.writelines([b"a\n", b"b\n"])
sys.stdout.buffer.flush()
print(sys.stdin.buffer.read(4), sys.stdin.buffer.readline(3), sys.stdin.buffer.readline())
print(list(sys.stdin.buffer))
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.fileno())
sys.stderr.buffer.write(b"to stderr\n")
sys.stdout.reconfigure(line_buffering=True)
print("after reconfigure")
try:
    sys.stdout.buffer.write("a str")
except TypeError as e:
    print("TypeError:", e)
