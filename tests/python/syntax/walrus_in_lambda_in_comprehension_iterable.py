[x for x in (lambda: (y := 1))()]
print("ok")
