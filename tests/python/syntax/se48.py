def f():
    x = 1

    return x
z = [
  1, 2,
  3

