csv = "name,age,city\nann,30,paris\nbob,25,rome\n"
rows = [line.split(",") for line in csv.strip().split("\n")]
header, *data = rows
print(header, data)
records = [dict(zip(header, r)) for r in data]
print(records, [r["name"] for r in records if int(r["age"]) > 26])
print("|".join(f"{h:^8}" for h in header))
for r in data:
    print("|".join(f"{c:^8}" for c in r))
print("a b  c".split(" "), "a b  c".split(), " x ".split(" "), "".split(","), "abc".split("b"))
print("k=v;x=y".split(";"), dict(p.split("=") for p in "k=v;x=y".split(";")))
print("path/to/file.txt".rsplit("/", 1), "a.b.c".split(".", 1), "x".join(["1", "2", "3"]))
print("line1\r\nline2\rline3\n".splitlines(), "no-newline".splitlines(True))
print(", ".join(sorted({"b", "a", "c"})), "-".join(str(n) for n in range(3)), "".join(reversed("stressed")))
