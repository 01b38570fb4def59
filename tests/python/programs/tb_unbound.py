def f(flag):
    if flag:
        x = 1
    return x
print(f(True))
f(False)
