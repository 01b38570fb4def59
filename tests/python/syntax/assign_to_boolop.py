a = b = 0
a and b = 1
