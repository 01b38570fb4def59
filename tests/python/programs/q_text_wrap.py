text = ("Python is a programming language that lets you work quickly and integrate systems "
        "more effectively. It is used for web development, data analysis, automation and more.")
def wrap(s, width):
    lines, cur = [], []
    for word in s.split():
        if cur and len(" ".join(cur + [word])) > width:
            lines.append(" ".join(cur))
            cur = [word]
        else:
            cur.append(word)
    if cur:
        lines.append(" ".join(cur))
    return lines
for w in (30, 45):
    for line in wrap(text, w):
        print(f"|{line:<{w}}|")
    print()
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, word in enumerate(words[:-1]):
        out += word + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for line in wrap(text, 40)[:-1]:
    print(f"[{justify(line, 40)}]")
