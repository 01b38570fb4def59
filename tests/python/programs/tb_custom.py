class ConfigError(Exception):
    pass
def load(name):
    raise ConfigError(f"missing key {name!r}")
try:
    load("port")
except ConfigError as e:
    raise RuntimeError("startup failed") from e
