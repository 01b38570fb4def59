x = 1
try:
    x = 2

# the end
