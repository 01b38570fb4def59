import sys
path = "weft_files_test.tmp"
with open(path, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    f.writelines(["three\n", "four"])
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
f = open(path, "a")
print(f.write("\nappended"), f.closed)
f.close()
print(f.closed)
print(open(path).readlines())
print(open(path, "rb").read()[:8])
try:
    open("definitely/missing/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print(e)
with open(path, "w") as f:
    f.write("")
print(repr(open(path).read()))
