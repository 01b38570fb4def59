settings = {"db": {"host": "x"}}
def get(path):
    node = settings
    for part in path.split("."):
        try:
            node = node[part]
        except KeyError:
            raise LookupError(f"no setting {path!r}") from None
    return node
print(get("db.host"))
get("db.port")
