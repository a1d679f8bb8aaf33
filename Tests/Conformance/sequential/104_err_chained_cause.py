# conformance: full-stderr
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        raise LookupError("port")
    except LookupError as exc:
        raise ConfigError("port is not configured") from exc

read_port({})
