import re
try:
    re.compile("(unclosed")
except re.error as e:
    print("re.error:", e.msg, e.pos)
print(re.findall(r"\d", "a1b2"))
int("not a number")
