import os
print(os.path.exists("/definitely/not/here"))
with open("/definitely/not/here/file.txt") as f:
    print(f.read())
