def walk(node):
    return walk(node + 1)
try:
    walk(0)
except RecursionError as e:
    print("caught:", e)
import sys
sys.setrecursionlimit(100)
def depth(n):
    return depth(n + 1) + 1
depth(0)
