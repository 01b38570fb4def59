# invalid escape sequences are DeprecationWarnings in 3.11 (shown with -W default): the first
# one of each literal, octal escapes above \377 too
x = "\777"
y = b"\d"
z = "a\qb\e" "\w"
w = f"\d{1}"
r = r"\d"
n = b"\N{DIGIT ONE}"
print(len(x), y, z, w, r, n)
