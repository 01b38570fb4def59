def f():
    def g():
        nonlocal   xyz

