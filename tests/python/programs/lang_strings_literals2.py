print("double", 'single', """triple
double""", '''triple
single''')
print("tab\there", "newline\\n literal", r"raw \n stays", "unicode \u00e9 \U0001F600")
print("concat" "enated", ("multi"
 "line"), "x" + 'y', len("\x41\102"), "\x41\102")
print(b"bytes", rb"raw\bytes", br"\d", bytes("é", "utf8"), b"\x7f\x80")
print(f"f{1}", rf"\d{1 + 1}", F"up", fR"\x{2}", "{0}".format("fmt"), "%s" % "pct")
print('it\'s', "say \"hi\"", 'mixed "q"', "back\\slash", repr("\\"), len("\\"))
print("\a\b\f\v\0".encode(), "\101\x42\u0043", "é" == "\xe9")
