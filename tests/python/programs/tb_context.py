try:
    {}["x"]
except KeyError:
    int("nope")
