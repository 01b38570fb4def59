import re
log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] Request GET /index.html 200
2024-01-16 08:00:00 WARNING [db] Slow query took 2.5s
2024-01-16 09:15:30 ERROR [auth] Invalid token for user=alice"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("date", "level", "comp"), m["msg"][:20])
print([m.groupdict()["level"] for m in pat.finditer(log)])
print(re.findall(r"(\w+)=(\w+)", log))
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", log.splitlines()[0]))
print(re.split(r"\s*[,;]\s*|\s+and\s+", "a, b;c and d ,e"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"))
print(re.findall(r"\b[A-Z][a-z]+\b", "Alice met Bob and carol in Paris"))
print(re.match(r"(?i)hello", "HeLLo world").group(), re.search(r"colou?r", "my color").span())
print(re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "john.doe+tag@example.co.uk") is not None)
print(re.sub(r"\s+", " ", "  many   spaces\there \n ").strip())
print(re.findall(r"<(\w+)[^>]*>(.*?)</\1>", "<b>bold</b> <i class='x'>it</i> <b>x</b>"))
print(re.sub(r"(\w+)@(\w+)", lambda m: m.group(2).upper() + "@" + m.group(1), "user@host admin@server"))
print(re.escape("1+1=2?"), re.findall(re.escape("a.b"), "a.b axb a.b"))
print(re.subn(r"a|e|i|o|u", "_", "education"), re.sub("x", "y", "xxx", count=2))
print(re.findall(r"\d+(?:\.\d+)?", "pi 3.14 e 2.718 n 42"), re.findall(r"(?:ab)+", "ababab abab"))
p = re.compile(r"(\d+)")
print(p.sub(lambda m: str(int(m.group()) * 2), "a1 b22 c333"), p.groups, p.pattern)
print(re.search(r"(a)|(b)", "b").groups(), re.search(r"(a)|(b)", "b").lastindex)
print(re.findall(r"^\s*#.*$", "code\n  # comment\nmore\n# another", re.M))
print(bool(re.match(r"^$", "")), re.match(r"a*", "bbb").group() == "", re.findall(r"a*", "baaac"))
print(re.split(r"(?=[A-Z])", "splitCamelCaseString"), re.sub(r"([a-z])([A-Z])", r"\1_\2", "camelCaseName").lower())
