def f(:
    pass
x = "ab
