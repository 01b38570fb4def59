# the same in a for loop at module level
print("ready", flush=True)
total = 0
for i in iter(int, 1):
    total += 1
