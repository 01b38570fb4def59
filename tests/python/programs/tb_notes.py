def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        e.add_note("hint: digits only")
        raise
print(parse("12"))
parse("x1")
