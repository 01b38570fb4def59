import re
TOKEN = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+*/()=<>]))")
def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad char {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(("NUM", float(num) if "." in num else int(num)))
        elif name:
            out.append(("NAME", name))
        else:
            out.append(("OP", op))
        pos = m.end()
    return out
print(tokenize("x = 3.5 * (y + 42) >= z"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("error:", e)
