# a script run with -i: its names stay for the REPL that follows
counter = 10


def double(v):
    return v * 2


print("script done")
