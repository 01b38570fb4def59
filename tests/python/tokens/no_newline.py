def g():
    if True:
        return 1
x = 1