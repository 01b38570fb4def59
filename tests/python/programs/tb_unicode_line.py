names = ["Zoë", "Łukasz"]
message = "héllo " + names[0] + " " + names[1]
print(message)
result = message + 5
