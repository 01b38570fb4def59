def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValueError("name missing"))
    if not isinstance(record.get("age"), int):
        errors.append(TypeError("age must be int"))
    if errors:
        raise ExceptionGroup(f"invalid record {record.get('id')}", errors)
    return True
for rec in [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "c", "age": 1.5}]:
    try:
        print(validate(rec))
    except* ValueError as eg:
        print("value errors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("type errors:", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
vals, rest = eg.split(ValueError)
print(repr(vals), repr(rest))
print(eg.subgroup(TypeError).exceptions, str(eg))
