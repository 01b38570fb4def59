for x in range(3):
    pass
  y = 1
