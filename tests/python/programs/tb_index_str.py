words = "alpha beta".split()
for i in range(3):
    print(words[i].upper())
