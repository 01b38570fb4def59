print("a", __name__, __package__)
A = "A"
