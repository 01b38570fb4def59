def parse(s):
    try:
        return int(s)
    except ValueError:
        print("cannot parse", s)
        raise
parse("12")
parse("x1")
