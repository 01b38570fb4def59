# CPython's own csv.py over weft's _csv (lib/_csv.py): reader states, writer quoting, dialects
import csv, io
data = 'a,b,c\r\n1,"x, y",3\r\n"q""uote",,\r\n\r\n"multi\nline",z\r\n  sp, t\r\n'
for row in csv.reader(io.StringIO(data, newline="")):
    print(row)
r = csv.reader(io.StringIO(data, newline=""), skipinitialspace=True)
print(list(r), r.line_num)
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a;b\\;c;d'], delimiter=";", escapechar="\\")))
print(list(csv.reader(['a,"b'])))
try: list(csv.reader(['a,"b'], strict=True))
except csv.Error as e: print("Error", e)
try: list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e: print("Error", e)
print(list(csv.reader(['a,"b"c'])))
out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'q"d', None, 1, 2.5, "", "line\nbreak"]))
w.writerow([""])
w.writerows([[1, 2], [3, 4]])
w2 = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w2.writerow(["x", 1, 2.0, None, True])
w3 = csv.writer(out, quoting=csv.QUOTE_ALL, delimiter="|")
w3.writerow(["x", 1])
w4 = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w4.writerow(["a,b", 'c"d'])
try: csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e: print("Error", e)
try: csv.writer(out, quoting=csv.QUOTE_NONE).writerow([""])
except csv.Error as e: print("Error", e)
print(repr(out.getvalue()))
d = io.StringIO()
dw = csv.DictWriter(d, fieldnames=["name", "n"])
dw.writeheader(); dw.writerow({"name": "x", "n": 1}); dw.writerow({"name": "y, z", "n": 2})
print(repr(d.getvalue()))
for row in csv.DictReader(io.StringIO(d.getvalue())):
    print(row)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a|b"], "pipes")))
csv.unregister_dialect("pipes")
try: csv.get_dialect("pipes")
except csv.Error as e: print("Error", e)
for kw in [dict(delimiter="::"), dict(quoting=7), dict(quotechar=None), dict(delimiter=1), dict(lineterminator=None)]:
    try: csv.reader([], **kw)
    except (TypeError, csv.Error) as e: print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ";"; quotechar = "'"; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
print(list(csv.reader(["a;'b;c'"], D)))
try:
    class Bad(csv.Dialect):
        delimiter = "xx"
    Bad()
except csv.Error as e: print("Error", e)
dia = csv.get_dialect("excel")
try: dia.delimiter = ";"
except AttributeError as e: print(e)
print(csv.field_size_limit(), csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)
print(csv.Sniffer().has_header("name,age\nbob,3\nal,4\n"))
