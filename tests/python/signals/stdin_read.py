# input() and sys.stdin.readline() waiting for a line are interrupted by SIGINT
import sys

try:
    print("ready", flush=True)
    input("name? ")
except KeyboardInterrupt:
    print("input interrupted")
try:
    print("ready", flush=True)
    sys.stdin.readline()
except KeyboardInterrupt:
    print("readline interrupted")
print("feed", flush=True)
print(repr(sys.stdin.readline()))
