import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("mod_sys2.py"))
print(sys.maxsize == 2**63 - 1, sys.version_info[:2] == (3, 11), sys.version_info.major if hasattr(sys.version_info, "major") else 3, sys.platform)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print("sys" in sys.modules, "__main__" in sys.modules, type(sys.path).__name__, sys.path[0] != None)
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
sys.stderr.write("raw stderr\n")
print(sys.stdout is not sys.stderr, hasattr(sys.stdin, "readline"))
def depth(n):
    return depth(n + 1) if n < 500 else n
print(depth(0))
print(sys.byteorder, isinstance(sys.float_info.max, float) if hasattr(sys, "float_info") else True, sys.exc_info() == (None, None, None))
print(sys.intern("abc") == "abc", sys.getsizeof(0) > 0 if hasattr(sys, "getsizeof") else True)
sys.exit(3)
