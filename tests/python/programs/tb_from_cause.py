class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
print(load({"a": 1}, "a"))
load({"a": 1}, "b")
