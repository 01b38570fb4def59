def parse(s):
    try:
        return int(s)
    except Value\Error:
        print("cannot parse", s)
                raise
parse("12")
