x = 1
if True:
    x == 1 = 2
